package io.github.cookieledger.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.cookieledger.processor.testing.Source.literal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.Compile;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.ProcessorTest;
import io.github.cookieledger.processor.testing.Source;
import io.github.cookieledger.processor.testing.TestCompiler;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10.6: values browsers and servers disagree on. A leading dot of {@code domain} is a warning
 * and is written nowhere; names and paths that common cookie code refuses are warnings naming it.
 */
@ProcessorTest
class FragileValueRuleTest {
  @Parameter TestCompiler compiler;

  @Test
  void aLeadingDotIsAWarningAndNoOutputWritesIt() {
    Source auth = Source.cookie("name = \"sid\"\ndomain = \".example.org\"");
    Compilation compilation =
        compiler.compile(List.of("cookieledger.formats=md,html,csv,tcf"), auth);

    assertThat(compilation).succeeded();
    Expect.warning(compilation, auth, "domain = ", Message.DOMAIN_LEADING_DOT, "sid",
        ".example.org", "example.org");
    String json = Compile.resource(compilation, Compile.JSON).orElseThrow();
    assertTrue(json.contains("\"domain\": \"example.org\""), json);
    for (String document : List.of("cookies.json", "cookie-policy.md", "cookie-policy.html",
        "cookie-policy.csv", "device-storage-disclosure.json")) {
      String text = Compile.resource(compilation, "META-INF/cookies/" + document).orElseThrow();
      assertFalse(text.contains(".example.org"), document + ": " + text);
    }
    String registry = Compile.generatedSource(compilation, "com.example.CookieRegistry");
    assertFalse(registry.contains("\".example.org\""), registry);
  }

  @Test
  void aDottedAndAnUndottedDomainAreOneCookie() {
    Source a = Source.of("com.example.A", "package com.example;",
        "import io.github.cookieledger.*;",
        "@Cookie(name = \"sid\", provider = \"p\", purpose = \"q\", category = Category.NECESSARY,",
        "    domain = \".example.org\")",
        "class A {}");
    Source b = Source.of("com.example.B", "package com.example;",
        "import io.github.cookieledger.*;",
        "@Cookie(name = \"sid\", provider = \"p\", purpose = \"q\", category = Category.NECESSARY,",
        "    domain = \"example.org\")",
        "class B {}");
    Compilation compilation = compiler.compile(a, b);
    assertThat(compilation).succeeded();
    assertEquals(1, compilation.warnings().size(), Compile.diagnostics(compilation));
  }

  @ParameterizedTest
  @ValueSource(strings = {"$Version", "$sid"})
  void aNameStartingWithDollarIsAWarningNamingHttpCookie(String name) {
    Source auth = Source.cookie("name = " + literal(name));
    Compilation compilation = compiler.compile(auth);
    assertThat(compilation).succeeded();
    Expect.warning(compilation, auth, "name = ", Message.NAME_DOLLAR, name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Expires", "secure", "VERSION", "Max-Age", "Domain", "path",
      "HttpOnly", "SameSite", "Comment"})
  void aNameThatIsAnAttributeNameIsAWarningNamingPython(String name) {
    Source auth = Source.cookie("name = " + literal(name));
    Compilation compilation = compiler.compile(auth);
    assertThat(compilation).succeeded();
    Expect.warning(compilation, auth, "name = ", Message.NAME_ATTRIBUTE, name);
  }

  @Test
  void aPathWithASpaceOrACommaIsAWarningNamingWhatRefusesIt() {
    Source space = Source.cookie("name = \"sid\"\npath = \"/my files\"");
    Compilation spaced = compiler.compile(space);
    assertThat(spaced).succeeded();
    Expect.warning(spaced, space, "path = ", Message.PATH_SPACE, "sid", "/my files");

    Source comma = Source.cookie("name = \"sid\"\npath = \"/a,b\"");
    Compilation commaed = compiler.compile(comma);
    assertThat(commaed).succeeded();
    Expect.warning(commaed, comma, "path = ", Message.PATH_COMMA, "sid", "/a,b");
  }

  @ParameterizedTest
  @ValueSource(strings = {"expiresAt", "secure_id", "sid$", "pathname"})
  void similarNamesAreClean(String name) {
    Expect.clean(compiler.compile(Source.cookie("name = " + literal(name))));
  }
}
