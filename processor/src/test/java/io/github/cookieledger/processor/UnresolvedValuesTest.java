package io.github.cookieledger.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.github.cookieledger.processor.testing.Compile;
import io.github.cookieledger.processor.testing.Compiled;
import io.github.cookieledger.processor.testing.TestCompiler;
import io.github.cookieledger.processor.testing.Source;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC §3: a value javac cannot resolve has been reported by javac; the processor skips that
 * declaration silently: no {@code [cookie-...]} error on top, no internal error, no crash.
 */
class UnresolvedValuesTest {
  @TempDir Path temp;

  /** Fails unless javac reported an error and cookieledger reported nothing at all. */
  private static void onlyJavacErrors(Compilation compilation, String javacError, Source source,
      String at) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(javacError).inFile(source.file())
        .onLine(source.line(at));
    compilation.diagnostics().forEach(d -> assertFalse(d.getMessage(null).contains("[cookie-"),
        () -> "cookieledger reported " + d));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "name = Missing.NAME",
      "name = \"sid\"\nprovider = Names.MISSING",
      "name = \"sid\"\ncategory = Category.MISSING",
      "name = \"sid\"\nsameSite = SameSite.NONE_OF_THEM",
      "name = \"sid\"\nsecure = Flags.SECURE",
      "name = \"sid\"\nduration = 42",
      "name = \"sid\"\nconstant = missingConstant"})
  void attributeThatDoesNotResolveGetsOnlyJavacsError(String attributes) {
    Source auth = Source.cookie(attributes);
    String unresolved = attributes.lines().reduce((a, b) -> b).orElseThrow();
    onlyJavacErrors(Compile.sources(auth), "", auth, unresolved);
  }

  @Test
  void missingRequiredAttributeGetsOnlyJavacsError() {
    Source auth = Source.of("com.example.Auth",
        "package com.example;",
        "import io.github.cookieledger.*;",
        "class Auth {",
        "  @Cookie(name = \"sid\", provider = \"p\", category = Category.NECESSARY)",
        "  void login() {}",
        "}");
    onlyJavacErrors(Compile.sources(auth), "is missing a default value for the element 'purpose'",
        auth, "@Cookie(");
  }

  @Test
  void unresolvedPolicyValuesGetOnlyJavacsError() {
    Source site = Source.of("org.example.portal.package-info",
        "@CookiePolicy(site = Missing.SITE, includes = MissingRegistry.class)",
        "package org.example.portal;",
        "import io.github.cookieledger.*;");
    Compilation compilation = Compile.sources(site, Source.cookies("org.example.portal.Auth",
        "name = \"sid\""));
    onlyJavacErrors(compilation, "cannot find symbol", site, "@CookiePolicy(");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void unresolvedValueInAnExplicitContainerGetsOnlyJavacsError() {
    Source auth = Source.of("com.example.Auth",
        "package com.example;",
        "import io.github.cookieledger.*;",
        "class Auth {",
        "  @Cookies({",
        "    @Cookie(name = \"sid\", provider = \"p\", purpose = \"p\", category = Category.NECESSARY),",
        "    @Cookie(name = Missing.NAME, provider = \"p\", purpose = \"p\",",
        "        category = Category.NECESSARY)})",
        "  void login() {}",
        "}");
    onlyJavacErrors(Compile.sources(auth), "cannot find symbol", auth, "Missing.NAME");
  }

  @Test
  void wellFormedDeclarationsBesideAnUnresolvedOneStillMakeTheRegistry() {
    Source auth = Source.cookie("name = Missing.NAME");
    Source login = Source.cookies("com.example.Login", "name = \"sessionid\"");
    Source use = Source.of("com.example.Use",
        "package com.example;",
        "class Use { Object sessionid = CookieRegistry.SESSIONID; }");
    Compiled output = TestCompiler.JAVAC.compileOnDisk(temp, auth, login, use);
    assertEquals(List.of("cannot find symbol\n  symbol:   variable Missing\n  location: class"
        + " com.example.Auth"), output.errors(), output::log);
    assertTrue(output.source("com.example.CookieRegistry").orElseThrow()
        .contains("CookieDefinition SESSIONID"));
  }

  /**
   * Found out: when one of several {@code @Cookie} on one element does not resolve, javac cannot
   * build the implicit {@code @Cookies} container ("expression not allowed as annotation value" on
   * the first {@code @Cookie}) and the element carries no cookie at all, the well-formed ones
   * included. Both errors are javac's; cookieledger adds none.
   */
  @Test
  void unresolvedValueAmongRepeatedCookiesGetsOnlyJavacsErrors() {
    Source auth = Source.cookie("name = \"sessionid\"", "name = Missing.NAME");
    Compilation compilation = Compile.sources(auth);
    onlyJavacErrors(compilation, "cannot find symbol", auth, "Missing.NAME");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void onlyUnresolvedDeclarationsKeepAnEmptyRegistryInTheirPackage() {
    Compiled output = TestCompiler.JAVAC.compileOnDisk(temp, Source.cookie("name = Missing.NAME"));
    assertEquals(1, output.errors().size(), output::log);
    assertEquals(List.of(), output.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING).toList());
    assertFalse(output.source("CookieRegistry").isPresent(), "a registry in the unnamed package");
    assertFalse(output.source("com.example.CookieRegistry").orElseThrow()
        .contains("public static final io.github.cookieledger.CookieDefinition"), "an empty registry");
  }
}
