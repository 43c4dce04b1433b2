package io.github.cookieledger.processor.spanning;

import io.github.cookieledger.processor.testing.Compiled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cookieledger.Category;
import io.github.cookieledger.CookieDefinition;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.TestCompiler;
import io.github.cookieledger.processor.testing.Expect;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Libraries (SPEC §4b): a library's build generates its registry; an application includes it in
 * {@code @CookiePolicy(includes = ...)} and compiles against the library's class files, in a
 * second javac run.
 */
class LibraryIncludeTest {
  static final String POLICY = "org/example/app/package-info.java";
  static final String LOGIN = "org/example/app/Login.java";
  static final String HOME = "org/example/app/Home.java";
  static final String LIBRARY = "com.example.widgets.LibraryCookies";

  @TempDir Path temp;
  DiskBuild library;

  @BeforeEach
  void buildTheLibrary() {
    library = DiskBuild.of(temp.resolve("widgets"), "widgets");
    library.compileAll(TestCompiler.JAVAC).assertSuccess();
  }

  private DiskBuild application() {
    return DiskBuild.of(temp.resolve("app"), "app").withClassPath(library.out);
  }

  @Test
  void theLibrarysCookiesJoinTheApplicationsRegistryAndDocuments() throws Exception {
    DiskBuild app = application();
    Compiled result = app.compileAll(TestCompiler.JAVAC).assertSuccess();
    assertEquals(List.of(), result.warnings(), result.log());

    try (URLClassLoader loader = app.loader(library.out)) {
      Class<?> registry = loader.loadClass("org.example.app.CookieRegistry");
      List<String> all = names(registry.getMethod("all").invoke(null));
      assertEquals(List.of("sessionid", "widget_state", "_wdg_*"), all);
      Method find = registry.getMethod("find", String.class);
      assertEquals("_wdg_*", ((Optional<?>) find.invoke(null, "_wdg_x1")).map(c ->
          ((CookieDefinition) c).name()).orElse("none"));
      assertEquals("widget_state", ((Optional<?>) find.invoke(null, "widget_state")).map(c ->
          ((CookieDefinition) c).name()).orElse("none"));
      assertEquals(List.of("_wdg_*"), names(registry.getMethod("byCategory", Category.class)
          .invoke(null, Category.MARKETING)));
      // the library's constants stay in the library's registry
      assertFalse(app.generated("org/example/app/CookieRegistry.java").contains("WIDGET_TRACKER ="));
      assertEquals("sessionid,_wdg_*",
          loader.loadClass("org.example.app.Home").getMethod("cookies").invoke(null));
    }
    String json = app.cookiesJson();
    assertTrue(json.contains("\"includes\": [\n    \"" + LIBRARY + "\"\n  ]"), json);
    assertTrue(json.contains("\"declaredBy\": [\n        \"" + LIBRARY + "\"\n      ]"), json);
    String policy = app.document("cookie-policy.md");
    assertTrue(policy.contains("`widget_state`") && policy.contains("`_wdg_*`"), policy);
  }

  /** {@code partitioned} goes through the library's table into the application's registry. */
  @Test
  void aLibrarysPartitionedCookieStaysPartitioned() throws Exception {
    library.edit("com/example/widgets/Widget.java", "duration = \"P30D\")",
        "duration = \"P30D\",\n    sameSite = SameSite.NONE,\n    partitioned = true)");
    library.compileAll(TestCompiler.JAVAC).assertSuccess();
    DiskBuild app = application();
    app.compileAll(TestCompiler.JAVAC).assertSuccess();

    try (URLClassLoader loader = app.loader(library.out)) {
      Class<?> registry = loader.loadClass("org.example.app.CookieRegistry");
      CookieDefinition state = (CookieDefinition) ((Optional<?>) registry
          .getMethod("find", String.class).invoke(null, "widget_state")).orElseThrow();
      assertTrue(state.partitioned(), state::toString);
      assertEquals("widget_state=v; Path=/; Max-Age=2592000; Secure; HttpOnly; SameSite=None;"
          + " Partitioned", state.setCookieHeader("v"));
    }
    String json = app.cookiesJson();
    assertTrue(json.contains("\"name\": \"widget_state\",") && json.contains(
        "\"sameSite\": \"NONE\",\n      \"partitioned\": true,"), json);
  }

  @Test
  void anIdenticalDeclarationMerges() throws Exception {
    DiskBuild app = application();
    app.write("org/example/app/Layout.java", "package org.example.app;\n\n"
        + "import io.github.cookieledger.Category;\nimport io.github.cookieledger.Cookie;\n\n"
        + "@Cookie(name = \"widget_state\", provider = \"Widgets Inc.\", function = \"Widget layout\","
        + " purpose = \"To keep the widgets where the visitor put them\","
        + " category = Category.FUNCTIONAL, duration = \"P30D\")\n"
        + "public class Layout {}\n");

    app.compileAll(TestCompiler.JAVAC).assertSuccess();

    String json = app.cookiesJson();
    assertTrue(json.contains("\"declaredBy\": [\n        \"" + LIBRARY + "\",\n"
        + "        \"org.example.app.Layout\"\n      ]"), json);
    try (URLClassLoader loader = app.loader(library.out)) {
      Class<?> registry = loader.loadClass("org.example.app.CookieRegistry");
      assertEquals(List.of("sessionid", "widget_state", "_wdg_*"),
          names(registry.getMethod("all").invoke(null)));
    }
  }

  @Test
  void aConflictingDeclarationIsAnErrorNamingBoth() {
    DiskBuild app = application();
    app.write("org/example/app/Layout.java", "package org.example.app;\n\n"
        + "import io.github.cookieledger.Category;\nimport io.github.cookieledger.Cookie;\n\n"
        + "public class Layout {\n"
        + "  @Cookie(name = \"widget_state\", provider = \"Widgets Inc.\", function = \"Widget layout\","
        + " purpose = \"To remember the layout\", category = Category.FUNCTIONAL, duration = \"P30D\")\n"
        + "  static final String STATE = \"widget_state\";\n\n"
        + "  static String use() { return CookieRegistry.WIDGET_STATE.name(); }\n"
        + "}\n");

    Compiled result = app.compileAll(TestCompiler.JAVAC);

    assertFalse(result.success());
    List<String> errors = result.errors();
    assertEquals(2, errors.size(), result.log());
    assertTrue(errors.stream().anyMatch(e -> e.startsWith("[cookie-duplicate]")
        && e.contains("also declared by " + LIBRARY)), result.log());
    assertTrue(errors.stream().anyMatch(e -> e.startsWith("[cookie-duplicate]")
        && e.contains("also declared by org.example.app.Layout#STATE")), result.log());
    // the local declaration keeps its constant: no cascade of "cannot find symbol"
    assertTrue(errors.stream().noneMatch(e -> e.contains("cannot find symbol")), result.log());
  }

  @Test
  void anIncludeThatIsNotARegistryIsAnError() {
    DiskBuild app = application();
    app.edit(POLICY, "includes = LibraryCookies.class", "includes = {LibraryCookies.class, Home.class}");

    Compiled result = app.compileAll(TestCompiler.JAVAC);

    assertFalse(result.success());
    assertEquals(List.of(Message.INCLUDE_NOT_REGISTRY.text("org.example.app.Home")),
        result.errors(), result.log());
  }

  @Test
  void theApplicationsOwnRegistryIsNoLibrary() {
    DiskBuild app = application();
    app.compileAll(TestCompiler.JAVAC).assertSuccess();
    app.edit(POLICY, "includes = LibraryCookies.class",
        "includes = {LibraryCookies.class, CookieRegistry.class}");

    Compiled result = app.compile(TestCompiler.JAVAC, List.of(POLICY));

    assertFalse(result.success());
    assertEquals(1, result.errors().size(), result.log());
    assertTrue(Expect.is(result.errors().get(0), Message.INCLUDE_ITSELF,
        "org.example.app.CookieRegistry"), result.log());
  }

  @Test
  void aPartialBuildReadsTheLibraryAfresh() {
    DiskBuild app = application();
    app.compileAll(TestCompiler.JAVAC).assertSuccess();
    // the library changes: the application's partial build must show it, not remember it
    library.edit("com/example/widgets/Widget.java", "To keep the widgets where the visitor put them",
        "To keep each widget where the visitor left it");
    library.compileAll(TestCompiler.JAVAC).assertSuccess();

    app.compile(TestCompiler.JAVAC, List.of(LOGIN)).assertSuccess();

    String json = app.cookiesJson();
    assertTrue(json.contains("To keep each widget where the visitor left it"), json);
    assertFalse(json.contains("To keep the widgets where the visitor put them"), json);
    assertTrue(json.contains("\"includes\": [\n    \"" + LIBRARY + "\"\n  ]"), json);
  }

  @Test
  void aLibraryNoLongerIncludedLeavesWithItsCookies() {
    DiskBuild app = application();
    app.compileAll(TestCompiler.JAVAC).assertSuccess();
    app.edit(POLICY, "includes = LibraryCookies.class", "registry = \"CookieRegistry\"");
    app.edit(POLICY, "import com.example.widgets.LibraryCookies;\n", "");

    app.compile(TestCompiler.JAVAC, List.of(POLICY)).assertSuccess();

    String json = app.cookiesJson();
    assertFalse(json.contains("widget_state"), json);
    assertTrue(json.contains("\"includes\": []"), json);
    assertTrue(json.contains("\"sessionid\""), json);
  }

  private static List<String> names(Object cookies) {
    return ((List<?>) cookies).stream().map(c -> ((CookieDefinition) c).name())
        .collect(Collectors.toList());
  }
}
