package io.github.cookieledger.processor.spanning;

import io.github.cookieledger.processor.testing.Compiled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.cookieledger.Consent;
import io.github.cookieledger.StorageDefinition;
import io.github.cookieledger.StorageKind;
import io.github.cookieledger.processor.testing.TestCompiler;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Web storage through whole builds on disk: the registry's {@code storage()} and nested {@code
 * Storage} constants called at run time, a library's storage joining an application that includes
 * it (read from the library's class file), and a partial build keeping the storage of the types it
 * does not compile.
 */
class StorageBuildTest {
  static final String SHOP = "org.example.shop.ShopCookies";

  @TempDir Path temp;

  private DiskBuild shop() {
    return DiskBuild.ofFolder(temp.resolve("shop"), DiskBuild.resource("documents/storage"));
  }

  @Test
  void theRegistryHoldsEveryStorageEntryAndAConstantForEach() throws Exception {
    DiskBuild build = shop();
    build.compileAll(TestCompiler.JAVAC).assertSuccess();
    try (URLClassLoader loader = build.loader()) {
      Class<?> registry = loader.loadClass(SHOP);
      List<StorageDefinition> storage = storage(registry);
      assertEquals(List.of("cart", "draft_*", "theme", "_hjSessionUser_*", "_hjSession_*",
          "matomo-queue", "ad.*.seen"), storage.stream().map(StorageDefinition::name).toList());
      Class<?> constants = loader.loadClass(SHOP + "$Storage");
      StorageDefinition theme = (StorageDefinition) constants.getField("THEME").get(null);
      assertEquals(StorageKind.LOCAL_STORAGE, theme.kind());
      assertTrue(storage.contains(theme));
      // the cookie "theme" keeps its own constant beside the storage one
      assertEquals("theme", ((io.github.cookieledger.CookieDefinition)
          registry.getField("THEME").get(null)).name());

      StorageDefinition hotjar = (StorageDefinition) constants.getField("HJ_SESSION").get(null);
      assertTrue(hotjar.matches("_hjSession_12345"));
      assertFalse(hotjar.matches("_hjSession_"));
      assertFalse(Consent.necessaryOnly().allows(hotjar));
      assertTrue(Consent.of(io.github.cookieledger.Category.STATISTICS).allows(hotjar));
      StorageDefinition matomo =
          (StorageDefinition) constants.getField("MATOMO_QUEUE").get(null);
      assertTrue(Consent.necessaryOnly().allows(matomo), "anonymized statistics need no consent");
    }
  }

  @Test
  void aLibrarysStorageJoinsTheApplicationThatIncludesIt() throws Exception {
    DiskBuild library = shop();
    library.compileAll(TestCompiler.JAVAC).assertSuccess();
    DiskBuild app = new DiskBuild(temp.resolve("app")).withClassPath(library.out);
    app.write("org/example/app/package-info.java", "@io.github.cookieledger.CookiePolicy(site ="
        + " \"https://app.example\", includes = org.example.shop.ShopCookies.class)\n"
        + "package org.example.app;\n");
    app.write("org/example/app/Home.java", "package org.example.app;\n\n"
        + "import io.github.cookieledger.*;\n\n"
        + "@Storage(name = \"tour_done\", kind = StorageKind.LOCAL_STORAGE, provider = \"App\","
        + " purpose = \"To show the tour once\", category = Category.FUNCTIONAL)\n"
        + "public class Home {}\n");
    Compiled result = app.compileAll(TestCompiler.JAVAC).assertSuccess();
    assertEquals(List.of(), result.warnings(), result.log());
    try (URLClassLoader loader = app.loader(library.out)) {
      List<String> names = storage(loader.loadClass("org.example.app.CookieRegistry")).stream()
          .map(StorageDefinition::name).toList();
      assertEquals(List.of("cart", "draft_*", "theme", "tour_done", "_hjSessionUser_*",
          "_hjSession_*", "matomo-queue", "ad.*.seen"), names);
    }
    String json = app.cookiesJson();
    assertTrue(json.contains("\"name\": \"matomo-queue\""), json);
    assertTrue(json.contains("\"org.example.shop.ShopCookies\""), json);
    assertTrue(app.document("cookie-policy.md").contains("`tour_done`"));
  }

  @Test
  void aPartialBuildKeepsTheStorageOfTypesItDoesNotCompile() {
    DiskBuild build = shop();
    build.compileAll(TestCompiler.JAVAC).assertSuccess();
    String full = build.cookiesJson();
    build.compile(TestCompiler.JAVAC, List.of("org/example/shop/Ads.java")).assertSuccess();
    assertEquals(full, build.cookiesJson());
    build.edit("org/example/shop/Ads.java", "To cap how often", "To limit how often");
    build.compile(TestCompiler.JAVAC, List.of("org/example/shop/Ads.java")).assertSuccess();
    String partial = build.cookiesJson();
    assertTrue(partial.contains("To limit how often") && partial.contains("\"cart\""), partial);
  }

  @Test
  void aPartialBuildCarriesStorageOnlyWhileAClassFileDeclaresIt() throws Exception {
    DiskBuild build = shop();
    build.compileAll(TestCompiler.JAVAC).assertSuccess();
    Path file = build.out.resolve("META-INF/cookies/cookies.json");
    JsonObject json = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
    JsonArray storage = json.getAsJsonArray("storage");
    JsonObject forged = storage.get(0).getAsJsonObject().deepCopy();
    forged.addProperty("name", "forged_key");
    forged.addProperty("constant", "FORGED_KEY");
    JsonArray by = new JsonArray();
    by.add("org.example.shop.Session");
    forged.add("declaredBy", by);
    storage.add(forged);
    Files.writeString(file, json.toString().replace("To keep the basket", "Forged purpose"));
    build.deleteType("org/example/shop/Analytics.java");

    Compiled partial =
        build.compile(TestCompiler.JAVAC, List.of("org/example/shop/Ads.java")).assertSuccess();

    String after = build.cookiesJson();
    assertFalse(after.contains("forged_key"), after);
    assertFalse(after.contains("Forged purpose"), after); // the class file's text wins
    assertFalse(after.contains("_hjSession_*"), after); // its declaring type is gone
    assertTrue(after.contains("\"cart\"") && after.contains("ad.*.seen"), after);
    List<String> warnings = partial.warnings().stream()
        .filter(w -> w.startsWith("[cookie-previous]") && w.contains("web storage")).toList();
    assertEquals(1, warnings.size(), partial.log());
    assertTrue(warnings.get(0).contains("localStorage \"forged_key\" (org.example.shop.Session"
        + " no longer declares it"), warnings.get(0));
    assertTrue(warnings.get(0).contains("sessionStorage \"_hjSession_*\" (its declaring type"
        + " org.example.shop.Analytics no longer exists)"), warnings.get(0));
  }

  @SuppressWarnings("unchecked")
  private static List<StorageDefinition> storage(Class<?> registry) throws Exception {
    return (List<StorageDefinition>) registry.getMethod("storage").invoke(null);
  }
}
