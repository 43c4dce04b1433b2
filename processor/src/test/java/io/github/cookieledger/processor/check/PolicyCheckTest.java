package io.github.cookieledger.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
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

/**
 * SPEC §3 rule 10: one {@code @CookiePolicy}, a registry name that is an identifier, includes that
 * are generated registries, and a named package for the registry.
 */
@ProcessorTest
class PolicyCheckTest {
  @Parameter TestCompiler compiler;

  private Source policy(String packageName, String... attributes) {
    return Source.of(packageName + ".package-info",
        "@CookiePolicy(",
        "    site = \"https://datasource.kapsarc.org\"" + (attributes.length > 0 ? "," : ")"),
        attributes.length > 0 ? "    " + String.join(",\n    ", attributes) + ")" : "",
        "package " + packageName + ";",
        "",
        "import io.github.cookieledger.*;");
  }

  @Test
  void twoPoliciesAreAnErrorOnEach() {
    Source portal = policy("org.example.portal");
    Source admin = Source.of("org.example.admin.Admin",
        "package org.example.admin;",
        "import io.github.cookieledger.*;",
        "@CookiePolicy(site = \"https://admin.example.org\")",
        "public class Admin {}");
    Compilation compilation = compiler.compile(portal, admin, Source.cookie("name = \"sid\""));
    assertThat(compilation).hadErrorCount(2);
    Expect.error(compilation, portal, "@CookiePolicy(", Message.POLICY_TWICE,
        "org.example.portal", "org.example.admin.Admin");
    Expect.error(compilation, admin, "@CookiePolicy(", Message.POLICY_TWICE,
        "org.example.admin.Admin", "org.example.portal");
  }

  @Test
  void registryThatIsNoIdentifierIsAnError() {
    Source portal = policy("org.example.portal", "registry = \"Cookie-Registry\"");
    Expect.onlyError(compiler.compile(portal), portal, "registry = ", Message.POLICY_REGISTRY,
        "Cookie-Registry");
  }

  @Test
  void includesEntryThatIsNoRegistryIsAnError() {
    Source portal = policy("org.example.portal", "includes = {Object.class, String.class}");
    Compilation compilation = compiler.compile(portal);
    assertThat(compilation).hadErrorCount(2);
    Expect.error(compilation, portal, "includes = ", Message.INCLUDE_NOT_REGISTRY,
        "java.lang.String");
    Expect.error(compilation, portal, "includes = ", Message.INCLUDE_NOT_REGISTRY,
        "java.lang.Object");
  }

  @Test
  void declarationsInTheUnnamedPackageWithoutPolicyOrOptionAreAnError() {
    Source auth = Source.cookies("Auth", "name = \"sid\"");
    Expect.onlyError(compiler.compile(auth), auth, "@Cookie(", Message.POLICY_NO_COMMON_PACKAGE);
  }

  @Test
  void declarationsWithoutACommonPackageAreAnErrorOnEach() {
    Source auth = Source.cookies("com.example.Auth", "name = \"sid\"");
    Source shop = Source.cookies("org.shop.Cart", "name = \"cart\"");
    Compilation compilation = compiler.compile(auth, shop);
    assertThat(compilation).hadErrorCount(2);
    Expect.error(compilation, auth, "@Cookie(", Message.POLICY_NO_COMMON_PACKAGE);
    Expect.error(compilation, shop, "@Cookie(", Message.POLICY_NO_COMMON_PACKAGE);
  }

  @Test
  void registryOptionNamesTheRegistryWithoutPolicy() {
    Compilation compilation = compiler.compile(List.of("cookieledger.registry=com.example.Cookies"),
        Source.cookies("Auth", "name = \"sid\""), Source.cookies("org.shop.Cart", "name = \"cart\""));
    Expect.clean(compilation);
    assertTrue(Compile.generatedSource(compilation, "com.example.Cookies")
        .contains("public static final io.github.cookieledger.CookieDefinition SID"));
  }

  @Test
  void withoutPolicyTheRegistryGoesToTheLongestCommonPackage() {
    Compilation compilation = compiler.compile(Source.cookies("com.example.auth.Auth",
        "name = \"sid\""), Source.cookies("com.example.api.Api", "name = \"csrftoken\""));
    Expect.clean(compilation);
    assertTrue(Compile.generatedSource(compilation, "com.example.CookieRegistry")
        .contains("public static final io.github.cookieledger.CookieDefinition CSRFTOKEN"));
  }

  @Test
  void policyNamesTheRegistryInItsPackage() {
    Compilation compilation = compiler.compile(
        policy("org.example.portal", "registry = \"PortalCookies\""),
        Source.cookies("org.example.portal.auth.Auth", "name = \"sid\""));
    Expect.clean(compilation);
    assertTrue(Compile.generatedSource(compilation, "org.example.portal.PortalCookies")
        .contains("public static final io.github.cookieledger.CookieDefinition SID"));
  }
}
