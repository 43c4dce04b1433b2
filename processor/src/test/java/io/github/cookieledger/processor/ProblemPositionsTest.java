package io.github.cookieledger.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.github.cookieledger.processor.testing.Compile;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.Source;
import org.junit.jupiter.api.Test;

/**
 * Every problem of a compilation is reported, each on the line of its offending value, however the
 * {@code @Cookie} is written: alone, repeated (javac then wraps them in a {@code @Cookies}
 * container it synthesizes and its Messager alone would point at the element, see
 * RepeatedAnnotationPositions), in an explicit {@code @Cookies}, or on a package.
 */
class ProblemPositionsTest {

  @Test
  void everyProblemOfAFileIsReportedOnItsValue() {
    Source portal = Source.of("com.example.Portal",
        "package com.example;",
        "",
        "import io.github.cookieledger.*;",
        "",
        "@Cookie(name = \"a b\", provider = \"Opendatasoft\", purpose = \"p\",",
        "    category = Category.NECESSARY)",
        "public class Portal {",
        "  @Cookie(name = \"lang\", provider = \" \", purpose = \"p\", category = Category.FUNCTIONAL,",
        "      duration = \"forever\")",
        "  String language;",
        "",
        "  @Cookie(name = \"_pk_id\", provider = \"Matomo\", purpose = \"p\",",
        "      category = Category.MARKETING, anonymized = true)",
        "  Portal() {}",
        "",
        "  @Cookie(name = \"sid\", provider = \"Opendatasoft\", purpose = \"p\",",
        "      category = Category.NECESSARY, path = \"api\")",
        "  @Cookie(name = \"embed\", provider = \"Opendatasoft\", purpose = \"p\",",
        "      category = Category.NECESSARY, sameSite = SameSite.NONE, secure = false)",
        "  void login(String user) {}",
        "}");
    Compilation compilation = Compile.sources(portal);
    assertThat(compilation).hadErrorCount(6);
    Expect.error(compilation, portal, "name = \"a b\"", "[cookie-name] cookie name \"a b\"");
    Expect.error(compilation, portal, "provider = \" \"", "[cookie-text] cookie \"lang\"");
    Expect.error(compilation, portal, "duration = \"forever\"",
        "[cookie-duration] cookie \"lang\": duration \"forever\"");
    Expect.error(compilation, portal, "anonymized = true", "[cookie-anonymized] cookie \"_pk_id\"");
    Expect.error(compilation, portal, "path = \"api\"", "[cookie-path] cookie \"sid\"");
    Expect.error(compilation, portal, "secure = false", "[cookie-samesite] cookie \"embed\"");
  }

  @Test
  void repeatedCookiesAreReportedOnTheirOwnValues() {
    Source auth = Source.cookie("name = \"first;\"", "name = \"second\"\npath = \"api\"",
        "name = \"third;\"");
    Compilation compilation = Compile.sources(auth);
    assertThat(compilation).hadErrorCount(3);
    Expect.error(compilation, auth, "name = \"first;\"", "cookie name \"first;\"");
    Expect.error(compilation, auth, "path = \"api\"", "cookie \"second\" has path \"api\"");
    Expect.error(compilation, auth, "name = \"third;\"", "cookie name \"third;\"");
  }

  @Test
  void aProblemWithoutAValueIsReportedOnItsRepeatedAnnotation() {
    // duplicate names: the second declaration takes "path" from its default, so the problem
    // points at that @Cookie as a whole
    Source auth = Source.of("com.example.Auth",
        "package com.example;",
        "import io.github.cookieledger.*;",
        "class Auth {",
        "  @Cookie(name = \"keep\", provider = \"p\", purpose = \"p\", category = Category.NECESSARY)",
        "  @Cookie(name = \"sid\", provider = \"p\", purpose = \"p\", category = Category.NECESSARY,",
        "      path = \"/api\")",
        "  void login() {}",
        "  @Cookie(name = \"keep2\", provider = \"p\", purpose = \"p\", category = Category.NECESSARY)",
        "  @Cookie(name = \"sid\", provider = \"p\", purpose = \"p\", category = Category.NECESSARY)",
        "  void logout() {}",
        "}");
    Compilation compilation = Compile.sources(auth);
    assertThat(compilation).hadErrorCount(2);
    Expect.error(compilation, auth, "path = \"/api\"", "[cookie-duplicate] cookie \"sid\"");
    Expect.error(compilation, auth, "@Cookie(name = \"sid\", provider = \"p\", purpose = \"p\","
        + " category = Category.NECESSARY)", "[cookie-duplicate] cookie \"sid\"");
  }

  @Test
  void explicitContainerIsReportedOnTheValue() {
    Source auth = Source.of("com.example.Auth",
        "package com.example;",
        "import io.github.cookieledger.*;",
        "class Auth {",
        "  @Cookies({",
        "    @Cookie(name = \"ok\", provider = \"p\", purpose = \"p\", category = Category.NECESSARY),",
        "    @Cookie(name = \"bad;\", provider = \"p\", purpose = \"p\",",
        "        category = Category.NECESSARY)",
        "  })",
        "  void login() {}",
        "}");
    Expect.onlyError(Compile.sources(auth), auth, "name = \"bad;\"", "cookie name \"bad;\"");
  }

  @Test
  void packageDeclarationsAreReportedOnTheValue() {
    Source pkg = Source.of("com.example.package-info",
        "@Cookie(name = \"one\", provider = \"p\", purpose = \"p\", category = Category.NECESSARY)",
        "@Cookie(name = \"two\", provider = \"p\", purpose = \"p\", category = Category.NECESSARY,",
        "    duration = \"P2Y\")",
        "package com.example;",
        "",
        "import io.github.cookieledger.*;");
    Expect.onlyError(Compile.sources(pkg), pkg, "duration = \"P2Y\"",
        "[cookie-duration] cookie \"two\" has duration \"P2Y\"");
  }
}
