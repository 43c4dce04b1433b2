package io.github.cookieledger.processor.storage;

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
 * The rules that apply to {@code @Storage}: each break is a {@code [cookie-...]} error on the
 * offending value, as for a cookie.
 */
@ProcessorTest
class StorageRuleTest {
  @Parameter TestCompiler compiler;


  /** A class whose method carries the given {@code @Storage} lines. */
  static Source storage(String... lines) {
    String[] all = new String[lines.length + 6];
    all[0] = "package com.example;";
    all[1] = "import io.github.cookieledger.*;";
    all[2] = "public class Page {";
    System.arraycopy(lines, 0, all, 3, lines.length);
    all[lines.length + 3] = "  public void render() {}";
    all[lines.length + 4] = "}";
    all[lines.length + 5] = "";
    return Source.of("com.example.Page", all);
  }

  @Test
  void aRegistryNamedStorageIsAnError() {
    Source page = storage(
        "  @Storage(name = \"theme\", kind = StorageKind.LOCAL_STORAGE, provider = \"Shop\",",
        "      purpose = \"To remember the theme\", category = Category.FUNCTIONAL)");
    // javac adds its own errors: a class named Storage in the package hides the annotation
    Expect.error(compiler.compile(java.util.List.of("cookieledger.registry=com.example.Storage"),
        page), page, "@Storage(name", Message.STORAGE_REGISTRY_NAME);
  }

  @Test
  void aValidDeclarationCompilesCleanly() {
    Expect.clean(compiler.compile(storage(
        "  @Storage(name = \"theme\", kind = StorageKind.LOCAL_STORAGE, provider = \"Shop\",",
        "      purpose = \"To remember the theme\", category = Category.FUNCTIONAL)")));
  }

  @Test
  void anInvalidNameIsAnErrorOnTheName() {
    Source page = storage(
        "  @Storage(name = \"_hj**\", kind = StorageKind.LOCAL_STORAGE, provider = \"Hotjar\",",
        "      purpose = \"To count\", category = Category.STATISTICS)");
    Expect.onlyError(compiler.compile(page), page, "name = \"_hj**\"", Message.STORAGE_NAME,
        "localStorage key \"_hj**\"", "has two adjacent wildcards: one * already stands for one"
            + " or more characters");
  }

  @Test
  void onlyAWildcardIsAnError() {
    Source page = storage(
        "  @Storage(name = \"*\", kind = StorageKind.SESSION_STORAGE, provider = \"Hotjar\",",
        "      purpose = \"To count\", category = Category.STATISTICS)");
    Expect.onlyError(compiler.compile(page), page, "name = \"*\"", Message.STORAGE_NAME,
        "sessionStorage key \"*\"", "is only a wildcard, which would match every key");
  }

  @Test
  void aLineBreakInTheNameIsAnError() {
    Source page = storage(
        "  @Storage(name = \"a\\nb\", kind = StorageKind.INDEXED_DB, provider = \"Shop\",",
        "      purpose = \"To queue\", category = Category.NECESSARY)");
    Expect.onlyError(compiler.compile(page), page, "name = \"a\\nb\"", Message.STORAGE_NAME,
        "indexedDB database \"a\\nb\"", "contains the control or non-ASCII character U+000A at"
            + " position 2, a control character or line break that no policy can show");
  }

  @Test
  void blankTextsAreErrorsOnEachText() {
    Source page = storage(
        "  @Storage(name = \"theme\", kind = StorageKind.LOCAL_STORAGE,",
        "      provider = \" \",",
        "      purpose = \"\",",
        "      category = Category.FUNCTIONAL)");
    Compilation compilation = compiler.compile(page);
    assertThat(compilation).hadErrorCount(2);
    Expect.error(compilation, page, "provider = \" \"", Message.STORAGE_BLANK_PROVIDER,
        "localStorage key \"theme\"", " ");
    Expect.error(compilation, page, "purpose = \"\"", Message.STORAGE_BLANK_PURPOSE,
        "localStorage key \"theme\"", "");
  }

  @Test
  void anonymizedOutsideStatisticsIsAnError() {
    Source page = storage(
        "  @Storage(name = \"ad\", kind = StorageKind.LOCAL_STORAGE, provider = \"Ads\",",
        "      purpose = \"To target\", category = Category.MARKETING,",
        "      anonymized = true)");
    Expect.onlyError(compiler.compile(page), page, "anonymized = true",
        Message.STORAGE_ANONYMIZED_NOT_STATISTICS, "localStorage key \"ad\"", "MARKETING");
  }

  @Test
  void twoDifferentDeclarationsOfOneKeyAreAnErrorOnEach() {
    Source page = storage(
        "  @Storage(name = \"theme\", kind = StorageKind.LOCAL_STORAGE, provider = \"Shop\",",
        "      purpose = \"To remember the theme\", category = Category.FUNCTIONAL)",
        "  @Storage(name = \"theme\", kind = StorageKind.LOCAL_STORAGE, provider = \"Shop\",",
        "      purpose = \"To remember the colours\", category = Category.FUNCTIONAL)");
    Compilation compilation = compiler.compile(page);
    assertThat(compilation).hadErrorCount(2);
    Expect.error(compilation, page, "\"To remember the theme\"", Message.STORAGE_DUPLICATE,
        "localStorage key \"theme\"", "com.example.Page#render()", "purpose",
        "\"To remember the colours\"", "\"To remember the theme\"");
    Expect.error(compilation, page, "\"To remember the colours\"", Message.STORAGE_DUPLICATE,
        "localStorage key \"theme\"", "com.example.Page#render()", "purpose",
        "\"To remember the theme\"");
  }

  @Test
  void oneNameInTwoKindsOfStorageNeedsTwoConstants() {
    Source page = storage(
        "  @Storage(name = \"theme\", kind = StorageKind.LOCAL_STORAGE, provider = \"Shop\",",
        "      purpose = \"To remember the theme\", category = Category.FUNCTIONAL)",
        "  @Storage(name = \"theme\", kind = StorageKind.SESSION_STORAGE, provider = \"Shop\",",
        "      purpose = \"To remember the tab's theme\", category = Category.FUNCTIONAL)");
    Compilation compilation = compiler.compile(page);
    assertThat(compilation).hadErrorCount(2);
    Expect.error(compilation, page, "StorageKind.LOCAL_STORAGE", Message.STORAGE_CONSTANT_CLASH,
        "localStorage key \"theme\"", "THEME", "sessionStorage key \"theme\"");
    Expect.error(compilation, page, "StorageKind.SESSION_STORAGE",
        Message.STORAGE_CONSTANT_CLASH, "sessionStorage key \"theme\"", "THEME",
        "localStorage key \"theme\"");
  }

  @Test
  void aStorageConstantMayEqualACookieConstant() {
    Expect.clean(compiler.compile(storage(
        "  @Cookie(name = \"theme\", provider = \"Shop\", purpose = \"To remember the theme\",",
        "      category = Category.FUNCTIONAL)",
        "  @Storage(name = \"theme\", kind = StorageKind.LOCAL_STORAGE, provider = \"Shop\",",
        "      purpose = \"To remember the theme\", category = Category.FUNCTIONAL)")));
  }

  @Test
  void anInvalidConstantIsAnErrorOnTheConstant() {
    Source page = storage(
        "  @Storage(name = \"theme\", kind = StorageKind.LOCAL_STORAGE, provider = \"Shop\",",
        "      purpose = \"To remember the theme\", category = Category.FUNCTIONAL,",
        "      constant = \"my-theme\")");
    Expect.onlyError(compiler.compile(page), page, "constant = \"my-theme\"",
        Message.STORAGE_CONSTANT_INVALID, "localStorage key \"theme\"", "my-theme");
  }

  @Test
  void anExplicitContainerIsReadToo() {
    Source page = storage(
        "  @Storages({",
        "    @Storage(name = \"a\", kind = StorageKind.LOCAL_STORAGE, provider = \"Shop\",",
        "        purpose = \"\", category = Category.FUNCTIONAL),",
        "    @Storage(name = \"b\", kind = StorageKind.LOCAL_STORAGE, provider = \"Shop\",",
        "        purpose = \"To b\", category = Category.FUNCTIONAL)})");
    Expect.onlyError(compiler.compile(page), page, "purpose = \"\"",
        Message.STORAGE_BLANK_PURPOSE, "localStorage key \"a\"", "");
  }
}
