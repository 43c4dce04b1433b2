package io.github.cookieledger.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.Parameter;
import io.github.cookieledger.processor.testing.TestCompiler;
import io.github.cookieledger.processor.testing.ProcessorTest;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.testing.compile.Compilation;
import io.github.cookieledger.processor.testing.Compile;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.Source;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A {@code @Cookie} on a record component is one declaration with one declaring element. */
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
        "        category = Category.NECESSARY) String value) {}");

    Compilation compilation = compiler.compile(prefs);

    Expect.clean(compilation);
    if (compiler == TestCompiler.ECJ) {
      // ECJ's limit (README, "The Eclipse compiler"): getElementsAnnotatedWith misses a record
      // component's annotation and the component's field carries none, so the processor never
      // sees this cookie; this fails when ECJ starts passing it on
      assertEquals(Optional.empty(), Compile.resource(compilation, Compile.JSON));
      return;
    }
    assertEquals(List.of("com.example.Prefs#value"), declaredBy(compilation));
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

    JsonObject policy = JsonParser.parseString(Compile.resource(compilation, Compile.JSON)
        .orElseThrow()).getAsJsonObject();
    // under ECJ only the explicit accessor's cookie is seen (the component's is lost, see above)
    assertEquals(compiler == TestCompiler.ECJ ? 1 : 2, policy.getAsJsonArray("cookies").size());
  }

  private static List<String> declaredBy(Compilation compilation) {
    JsonObject cookie = JsonParser.parseString(Compile.resource(compilation, Compile.JSON)
        .orElseThrow()).getAsJsonObject().getAsJsonArray("cookies").get(0).getAsJsonObject();
    return cookie.getAsJsonArray("declaredBy").asList().stream().map(e -> e.getAsString()).toList();
  }
}
