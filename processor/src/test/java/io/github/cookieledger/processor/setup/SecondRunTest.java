package io.github.cookieledger.processor.setup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecondRunTest {

  @Test
  void aRegistryInKaptsOutputFolderWasGeneratedByKapt() {
    assertTrue(SecondRun.generatedByKapt(
        URI.create("file:///work/shop/target/generated-sources/kapt/compile/org/example/ShopCookies.java")));
    assertTrue(SecondRun.generatedByKapt(
        URI.create("file:///work/shop/build/generated/source/kapt/main/org/example/ShopCookies.java")));
  }

  @Test
  void aRegistryElsewhereIsALeftoverOfAPreviousBuild() {
    assertFalse(SecondRun.generatedByKapt(
        URI.create("file:///work/shop/target/generated-sources/annotations/org/example/ShopCookies.java")));
    assertFalse(SecondRun.generatedByKapt(URI.create("mem:///org/example/ShopCookies.java")));
  }

  @Test
  void kaptIsRecognisedByTheOptionItGivesEveryProcessor() {
    assertTrue(Kapt.runsUs(Map.of("kapt.kotlin.generated", "/work/shop/target/generated-sources/kaptKotlin")));
    assertFalse(Kapt.runsUs(Map.of("cookieledger.undeclared", "error")));
  }
}
