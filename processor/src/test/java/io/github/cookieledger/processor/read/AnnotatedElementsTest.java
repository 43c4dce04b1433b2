package io.github.cookieledger.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.testing.compile.Compilation;
import io.github.cookieledger.processor.testing.Compile;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.ProcessorTest;
import io.github.cookieledger.processor.testing.Source;
import io.github.cookieledger.processor.testing.TestCompiler;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * A round is read in one pass for all of cookieledger's annotations: every one an element carries
 * counts, and each declaration once.
 */
@ProcessorTest
class AnnotatedElementsTest {
  @Parameter TestCompiler compiler;

  @Test
  void aCookieBesideItsContainerIsReadOnceEach() {
    Source shop = Source.of("com.example.Shop",
        "package com.example;",
        "import io.github.cookieledger.*;",
        "@Cookie(name = \"cart\", provider = \"Example\", purpose = \"To keep the cart\",",
        "    category = Category.NECESSARY)",
        "@Cookies({@Cookie(name = \"lang\", provider = \"Example\", purpose = \"To keep the language\",",
        "    category = Category.FUNCTIONAL)})",
        "public class Shop {}");

    Compilation compilation = compiler.compile(shop);

    Expect.clean(compilation);
    assertEquals(List.of("cart", "lang"), names(policy(compilation), "cookies"));
  }

  @Test
  void oneElementCarryingEveryAnnotationGivesAllOfThem() {
    Source shop = Source.of("com.example.Shop",
        "package com.example;",
        "import io.github.cookieledger.*;",
        "@CookiePolicy(site = \"https://shop.example\", registry = \"ShopCookies\")",
        "@Cookie(name = \"cart\", provider = \"Example\", purpose = \"To keep the cart\",",
        "    category = Category.NECESSARY)",
        "@Storage(name = \"tour_done\", kind = StorageKind.LOCAL_STORAGE, provider = \"Example\",",
        "    purpose = \"To show the tour once\", category = Category.FUNCTIONAL)",
        "public class Shop {}");

    Compilation compilation = compiler.compile(shop);

    Expect.clean(compilation);
    JsonObject policy = policy(compilation);
    assertEquals(List.of("cart"), names(policy, "cookies"));
    assertEquals(List.of("tour_done"), names(policy, "storage"));
    assertEquals("https://shop.example", policy.get("site").getAsString());
  }

  private static JsonObject policy(Compilation compilation) {
    return JsonParser.parseString(Compile.resource(compilation, Compile.JSON).orElseThrow())
        .getAsJsonObject();
  }

  private static List<String> names(JsonObject policy, String array) {
    return policy.getAsJsonArray(array).asList().stream()
        .map(e -> e.getAsJsonObject().get("name").getAsString()).toList();
  }
}
