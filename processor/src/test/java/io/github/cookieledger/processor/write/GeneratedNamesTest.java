package io.github.cookieledger.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.github.cookieledger.Category;
import io.github.cookieledger.CookieDefinition;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.Compile;
import io.github.cookieledger.processor.testing.Compiled;
import io.github.cookieledger.processor.testing.TestCompiler;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.LoadedRegistry;
import io.github.cookieledger.processor.testing.ProcessorTest;
import io.github.cookieledger.processor.testing.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * Issue 10.2, generated names never clash: the registry compiles and works beside user types named
 * like every type the generated code uses, with constants named like every name it uses; a user
 * class with a name the registry needs is a {@code [cookie-policy]} error saying so. On javac and
 * ECJ: name lookup in the generated code is each compiler's own.
 */
@ProcessorTest
class GeneratedNamesTest {
  @Parameter TestCompiler compiler;

  /** Types the generated code names, java.lang's that a package type would hide, and its own. */
  static final List<String> USER_TYPES = List.of("String", "Object", "List", "Optional",
      "Category", "CookieDefinition", "CookieIndex", "RegistryTable", "GeneratedRegistry",
      "Generated", "Index", "Part0", "Override", "Integer");

  /** Names the generated code uses, and package names it qualifies with. */
  static final List<String> CONSTANTS = List.of("index", "INDEX", "Category", "CookieDefinition",
      "CookieIndex", "List", "Optional", "$Index", "String", "io", "java", "javax", "com", "TABLE",
      "CHUNK0", "cookie", "Index", "Part0", "all", "find", "byCategory", "revision",
      "CookieRegistry", "CookieRegistry_Table", "Object", "Generated");

  @Test
  void aRegistryBesideUserTypesAndConstantsNamedLikeItsInternals(@TempDir Path temp) {
    List<Source> sources = new ArrayList<>();
    sources.add(Source.of("com.example.package-info",
        "@io.github.cookieledger.CookiePolicy(site = \"https://example.com\")",
        "package com.example;"));
    for (String type : USER_TYPES) {
      sources.add(Source.of("com.example." + type, "package com.example;", "",
          "public class " + type + " {}"));
    }
    List<String> cookies = new ArrayList<>();
    for (int i = 0; i < CONSTANTS.size(); i++) {
      cookies.add("name = \"n" + i + "\"\nconstant = \"" + CONSTANTS.get(i) + "\"");
    }
    // declared in another package: here, the user's Category would hide the annotations' one
    sources.add(Source.cookies("com.example.web.Site", cookies.toArray(new String[0])));
    sources.add(Source.of("com.example.web.Use", "package com.example.web;", "",
        "public class Use {",
        "  public static Object index() { return com.example.CookieRegistry.index; }",
        "  public static Object io() { return com.example.CookieRegistry.io; }",
        "}"));

    // javac's lint finds what a generated name hides; ECJ's warnings take other options
    List<String> lint = compiler == TestCompiler.JAVAC ? List.of("-Xlint:all") : List.of();
    Compiled output = compiler.compileOnDisk(temp, lint, sources);
    assertTrue(output.success(), output::log);
    assertTrue(output.diagnostics().stream().noneMatch(d -> d.getSource() != null
        && d.getSource().toUri().getPath().contains("/generated/")),
        () -> "no lint warning in generated code: " + output.log());

    try (LoadedRegistry registry = new LoadedRegistry(output.classes(),
        "com.example.CookieRegistry")) {
      assertEquals(CONSTANTS.size(), registry.all().size());
      for (int i = 0; i < CONSTANTS.size(); i++) {
        CookieDefinition definition = (CookieDefinition) registry.field(CONSTANTS.get(i));
        assertEquals("n" + i, definition.name(), CONSTANTS.get(i));
        assertSame(definition, registry.find("n" + i).orElseThrow());
      }
      assertEquals(CONSTANTS.size(), registry.byCategory(Category.NECESSARY).size());
      assertTrue(((String) registry.field("REVISION")).matches("[0-9a-f]{8}"));
      assertSame(registry.field("index"), call(registry, "com.example.web.Use", "index"));
      assertSame(registry.field("io"), call(registry, "com.example.web.Use", "io"));
    }
  }

  @Test
  void aRegistryNamedLikeAUserClassIsAnErrorSayingSo() {
    Source policy = Source.of("com.example.package-info",
        "@io.github.cookieledger.CookiePolicy(site = \"https://example.com\", registry = \"A\")",
        "package com.example;");
    Source userClass = Source.of("com.example.A", "package com.example;", "", "public class A {}");
    Compilation compilation = compiler.compile(policy, userClass, Source.cookies(
        "com.example.web.Site", "name = \"sid\""));
    Expect.onlyError(compilation, policy, "registry = \"A\"", Message.POLICY_REGISTRY_TAKEN,
        "registry = \"A\"", "com.example.A", "com.example", "A");
    assertFalse(Compile.diagnostics(compilation).contains("previous build"),
        Compile.diagnostics(compilation));
  }

  @Test
  void aRegistryNamedLikeAJavaLangClassIsAnErrorSayingWhatItWouldHide() {
    // found by FuzzTest: registry = "String" broke every String of the user's package
    Source policy = Source.of("com.example.package-info",
        "@io.github.cookieledger.CookiePolicy(site = \"https://example.com\", registry = \"String\")",
        "package com.example;");
    Source user = Source.of("com.example.Page", "package com.example;", "",
        "class Page { String title = \"\"; }");
    Compilation compilation = compiler.compile(policy, user, Source.cookies(
        "com.example.web.Site", "name = \"sid\""));
    Expect.onlyError(compilation, policy, "registry = \"String\"",
        Message.POLICY_REGISTRY_HIDES_JAVA_LANG, "registry = \"String\"", "String", "com.example");
  }

  @Test
  void aUserClassNamedLikeTheRegistrysTableIsAnErrorSayingSo() {
    Source userClass = Source.of("com.example.CookieRegistry_Table", "package com.example;", "",
        "public class CookieRegistry_Table {}");
    Source cookie = Source.cookies("com.example.Site", "name = \"sid\"");
    Compilation compilation = compiler.compile(userClass, cookie);
    assertEquals(1, compilation.errors().size(), Compile.diagnostics(compilation));
    assertTrue(Expect.is(compilation.errors().get(0).getMessage(null), Message.POLICY_TABLE_TAKEN,
        "the registry com.example.CookieRegistry", "com.example.CookieRegistry_Table",
        "CookieRegistry"), Compile.diagnostics(compilation));
  }

  private static Object call(LoadedRegistry registry, String type, String method) {
    try {
      return registry.load(type).getMethod(method).invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
