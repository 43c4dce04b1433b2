package io.github.cookieledger.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import org.junit.jupiter.params.Parameter;
import io.github.cookieledger.processor.testing.TestCompiler;
import io.github.cookieledger.processor.testing.ProcessorTest;
import com.google.testing.compile.Compilation;
import io.github.cookieledger.processor.model.Message;
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
@ProcessorTest
class ProblemPositionsTest {
  @Parameter TestCompiler compiler;


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
    Compilation compilation = compiler.compile(portal);
    assertThat(compilation).hadErrorCount(6);
    Expect.error(compilation, portal, "name = \"a b\"", Message.NAME, "a b");
    Expect.error(compilation, portal, "provider = \" \"", Message.BLANK_PROVIDER, "lang");
    Expect.error(compilation, portal, "duration = \"forever\"", Message.DURATION_INVALID, "lang");
    Expect.error(compilation, portal, "anonymized = true", Message.ANONYMIZED_NOT_STATISTICS,
        "_pk_id");
    Expect.error(compilation, portal, "path = \"api\"", Message.PATH, "sid");
    Expect.error(compilation, portal, "secure = false", Message.SAMESITE_NONE_NOT_SECURE, "embed");
  }

  @Test
  void repeatedCookiesAreReportedOnTheirOwnValues() {
    Source auth = Source.cookie("name = \"first;\"", "name = \"second\"\npath = \"api\"",
        "name = \"third;\"");
    Compilation compilation = compiler.compile(auth);
    assertThat(compilation).hadErrorCount(3);
    Expect.error(compilation, auth, "name = \"first;\"", Message.NAME, "first;");
    Expect.error(compilation, auth, "path = \"api\"", Message.PATH, "second", "api");
    Expect.error(compilation, auth, "name = \"third;\"", Message.NAME, "third;");
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
    Compilation compilation = compiler.compile(auth);
    assertThat(compilation).hadErrorCount(2);
    Expect.error(compilation, auth, "path = \"/api\"", Message.DUPLICATE, "sid");
    Expect.error(compilation, auth, "@Cookie(name = \"sid\", provider = \"p\", purpose = \"p\","
        + " category = Category.NECESSARY)", Message.DUPLICATE, "sid");
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
    Expect.onlyError(compiler.compile(auth), auth, "name = \"bad;\"", Message.NAME, "bad;");
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
    Expect.onlyError(compiler.compile(pkg), pkg, "duration = \"P2Y\"",
        Message.DURATION_OVER_BROWSER_LIMIT, "two", "P2Y");
  }
}
