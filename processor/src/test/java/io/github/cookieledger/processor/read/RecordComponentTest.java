package io.github.cookieledger.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.testing.compile.Compilation;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.Compile;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.ProcessorTest;
import io.github.cookieledger.processor.testing.Source;
import io.github.cookieledger.processor.testing.TestCompiler;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * A {@code @Cookie} on a record component is one declaration with one declaring element, the
 * component's field, on javac and ECJ alike (javac copies it onto the field and the accessor, ECJ
 * 3.46 only onto the implicit accessor and hides that from the round: see {@link
 * RecordComponents}).
 */
@ProcessorTest
class RecordComponentTest {
  @Parameter TestCompiler compiler;

  @Test
  void aRecordComponentIsNamedOnceAsItsField() {
    Source prefs = Source.of("com.example.Prefs",
        "package com.example;",
        "import io.github.cookieledger.*;",
        "public record Prefs(",
        "    @Cookie(name = \"prefs\", provider = \"Example\", purpose = \"To remember choices\",",
        "        category = Category.NECESSARY) String value, int other) {}");

    Compilation compilation = compiler.compile(prefs);

    Expect.clean(compilation);
    assertEquals(Map.of("prefs", List.of("com.example.Prefs#value")), declaredBy(compilation));
    assertTrue(Compile.generatedSource(compilation, "com.example.CookieRegistry")
        .contains("PREFS"), "the registry has the cookie's constant");
    assertTrue(Compile.resource(compilation, Compile.MARKDOWN).orElseThrow().contains("prefs"),
        "the policy document lists the cookie");
  }

  @Test
  void componentsOfARecordInsideAnAnnotatedClassAndTwoCookiesOnOneComponentAreAllRead() {
    // ECJ hands over the component's field for some components only (RecordComponents), and
    // with a @Cookie on the class the round lists @Cookie as present: neither may double a cookie
    Source holder = Source.of("com.example.Holder",
        "package com.example;",
        "import io.github.cookieledger.*;",
        "@Cookie(name = \"outer\", provider = \"Example\", purpose = \"To remember a class\",",
        "    category = Category.NECESSARY)",
        "public class Holder {",
        "  record Inner(",
        "      @Cookie(name = \"first\", provider = \"Example\", purpose = \"To remember one\",",
        "          category = Category.NECESSARY)",
        "      @Cookie(name = \"second\", provider = \"Example\", purpose = \"To remember two\",",
        "          category = Category.NECESSARY) String value,",
        "      @Cookie(name = \"third\", provider = \"Example\", purpose = \"To remember three\",",
        "          category = Category.NECESSARY) int count) {}",
        "}");

    Compilation compilation = compiler.compile(holder);

    Expect.clean(compilation);
    assertEquals(Map.of(
        "outer", List.of("com.example.Holder"),
        "first", List.of("com.example.Holder.Inner#value"),
        "second", List.of("com.example.Holder.Inner#value"),
        "third", List.of("com.example.Holder.Inner#count")), declaredBy(compilation));
  }

  @Test
  void anExplicitAccessorWithAnotherCookieStaysASecondDeclaration() {
    Source prefs = Source.of("com.example.Prefs",
        "package com.example;",
        "import io.github.cookieledger.*;",
        "public record Prefs(",
        "    @Cookie(name = \"prefs\", provider = \"Example\", purpose = \"To remember choices\",",
        "        category = Category.NECESSARY) String value) {",
        "  @Cookie(name = \"prefs_copy\", provider = \"Example\", purpose = \"To remember a copy\",",
        "      category = Category.NECESSARY)",
        "  public String value() { return value; }",
        "}");

    Compilation compilation = compiler.compile(prefs);

    if (compiler == TestCompiler.ECJ) {
      // ECJ's limit (README, "The Eclipse compiler"): with an explicit accessor nothing carries
      // the component's annotation in ECJ's model (not its field, not its component, not the
      // canonical constructor's parameter), so that cookie cannot be read; the accessor's is.
      // This fails when ECJ starts passing it on.
      assertEquals(Map.of("prefs_copy", List.of("com.example.Prefs#value()")),
          declaredBy(compilation));
      return;
    }
    assertEquals(Map.of(
        "prefs", List.of("com.example.Prefs#value"),
        "prefs_copy", List.of("com.example.Prefs#value()")), declaredBy(compilation));
  }

  @Test
  void aRuleErrorOnARecordComponentNamesTheOffendingValue() {
    Source prefs = Source.of("com.example.Prefs",
        "package com.example;",
        "import io.github.cookieledger.*;",
        "public record Prefs(",
        "    @Cookie(name = \"prefs\", provider = \"Example\", purpose = \"To remember choices\",",
        "        category = Category.NECESSARY,",
        "        duration = \"1 year\") String value) {}");

    expectDurationError(compiler.compile(prefs), prefs);
  }

  @Test
  void aRuleErrorOnTheRecordItselfNamesTheOffendingValue() {
    Source prefs = Source.of("com.example.Prefs",
        "package com.example;",
        "import io.github.cookieledger.*;",
        "@Cookie(name = \"prefs\", provider = \"Example\", purpose = \"To remember choices\",",
        "    category = Category.NECESSARY,",
        "    duration = \"1 year\")",
        "public record Prefs(String value) {}");

    expectDurationError(compiler.compile(prefs), prefs);
  }

  /** The only error is the duration's, at the value under javac. */
  private void expectDurationError(Compilation compilation, Source source) {
    if (compiler == TestCompiler.ECJ) {
      // ECJ's Messager places nothing on a record or its members but explicitly written methods
      // (it has no position for a RECORD, its components' fields or its implicit members): the
      // error comes without file and line, and its text names the cookie and the value
      List<String> unplaced = compilation.errors().stream()
          .filter(error -> error.getSource() == null)
          .map(error -> error.getMessage(Locale.ROOT))
          .filter(text -> Expect.is(text, Message.DURATION_INVALID, "prefs"))
          .toList();
      assertEquals(1, unplaced.size(), Compile.diagnostics(compilation));
      assertTrue(unplaced.get(0).contains("1 year"), unplaced.get(0));
      assertEquals(1, compilation.errors().size(), Compile.diagnostics(compilation));
      return;
    }
    Expect.onlyError(compilation, source, "duration = ", Message.DURATION_INVALID, "prefs");
  }

  @Test
  void aCookieOnTheRecordItselfIsReadOnBoth() {
    Source prefs = Source.of("com.example.Prefs",
        "package com.example;",
        "import io.github.cookieledger.*;",
        "@Cookie(name = \"prefs\", provider = \"Example\", purpose = \"To remember choices\",",
        "    category = Category.NECESSARY)",
        "public record Prefs(String value) {}");

    Compilation compilation = compiler.compile(prefs);

    Expect.clean(compilation);
    assertEquals(Map.of("prefs", List.of("com.example.Prefs")), declaredBy(compilation));
  }

  /** Each cookie of the policy with the elements that declare it. */
  private static Map<String, List<String>> declaredBy(Compilation compilation) {
    JsonObject policy = JsonParser.parseString(Compile.resource(compilation, Compile.JSON)
        .orElseThrow(() -> new AssertionError(Compile.diagnostics(compilation))))
        .getAsJsonObject();
    Map<String, List<String>> declaredBy = new TreeMap<>();
    policy.getAsJsonArray("cookies").forEach(element -> {
      JsonObject cookie = element.getAsJsonObject();
      declaredBy.put(cookie.get("name").getAsString(), cookie.getAsJsonArray("declaredBy")
          .asList().stream().map(e -> e.getAsString()).toList());
    });
    return declaredBy;
  }
}
