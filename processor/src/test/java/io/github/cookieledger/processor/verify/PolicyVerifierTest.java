package io.github.cookieledger.processor.verify;

import static io.github.cookieledger.processor.write.DocumentFixture.assertNoErrors;
import static io.github.cookieledger.processor.write.DocumentFixture.compile;
import static io.github.cookieledger.processor.write.DocumentFixture.documents;
import static io.github.cookieledger.processor.write.DocumentFixture.messages;
import static io.github.cookieledger.processor.write.DocumentFixture.require;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cookieledger.processor.testing.Source;
import com.google.testing.compile.Compilation;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.write.DocumentFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cookieledger.verify}: the committed policy against what the build generates. */
class PolicyVerifierTest {
  private static Map<String, String> current;

  @TempDir Path folder;

  @BeforeAll
  static void generate() {
    Compilation compilation = compile();
    assertNoErrors(compilation);
    current = documents(compilation);
  }

  private Path commit(String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static List<String> errors(Compilation compilation) {
    return messages(compilation, Diagnostic.Kind.ERROR);
  }

  /** The one verify error of a compilation, each line unindented (javac indents them). */
  private static String verifyError(Compilation compilation) {
    List<String> errors = errors(compilation);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("[cookie-verify]"), errors.get(0));
    return errors.get(0).replaceAll("\n\\s+", "\n");
  }

  @Test
  void anEqualPolicyIsSilent() throws IOException {
    for (String name : List.of("cookie-policy.md", "cookies.json")) {
      Compilation compilation = compile("cookieledger.verify=" + commit(name, current.get(name)));
      assertNoErrors(compilation);
      assertEquals(List.of(), messages(compilation, Diagnostic.Kind.WARNING));
    }
  }

  @Test
  void crlfAgainstLfIsNoDifference() throws IOException {
    for (String name : List.of("cookie-policy.md", "cookies.json")) {
      String crlf = current.get(name).replace("\n", "\r\n");
      assertNoErrors(compile("cookieledger.verify=" + commit(name, crlf)));
    }
  }

  @Test
  void addedCookiesAreNamed() throws IOException {
    Map<String, String> withoutAds = documents(DocumentFixture.compile(sourcesWithout("Ads.java")));
    for (String name : List.of("cookie-policy.md", "cookies.json")) {
      String error = verifyError(compile("cookieledger.verify="
          + commit(name, withoutAds.get(name))));
      assertTrue(error.contains("\nadded: -promo, x&y|z"), error);
      assertFalse(error.contains("removed:") || error.contains("changed:"), error);
    }
  }

  @Test
  void removedCookiesAreNamed() throws IOException {
    List<Source> sources = new ArrayList<>(DocumentFixture.sources());
    sources.add(new Source("org.example.portal.Extra",
        "package org.example.portal;\n"
            + "import io.github.cookieledger.*;\n"
            + "@Cookie(name = \"gone\", provider = \"Opendatasoft\", purpose = \"To go away\","
            + " category = Category.NECESSARY)\n"
            + "class Extra {}\n"));
    Map<String, String> withExtra = documents(DocumentFixture.compile(sources));
    for (String name : List.of("cookie-policy.md", "cookies.json")) {
      String error = verifyError(compile("cookieledger.verify="
          + commit(name, withExtra.get(name))));
      assertTrue(error.contains("\nremoved: gone"), error);
      assertFalse(error.contains("added:") || error.contains("changed:"), error);
    }
  }

  @Test
  void changedCookiesAreNamedWithTheirColumnsInMarkdown() throws IOException {
    String committed = current.get("cookie-policy.md")
        .replace("To tell visitors apart |", "To recognise visitors |")
        .replace("| `sessionid` | To remember the user from one page to another | session |",
            "| `sessionid` | To remember the user from one page to another | 1 day |");
    String error = verifyError(compile("cookieledger.verify=" + commit("policy.md", committed)));
    assertTrue(error.contains("\nchanged: sessionid (Duration), _ga (Purposes)"), error);
    assertFalse(error.contains("added:") || error.contains("removed:"), error);
  }

  @Test
  void changedCookiesAreNamedWithTheirFieldsInJson() throws IOException {
    String committed = current.get("cookies.json")
        .replace("\"purpose\": \"To tell visitors apart\"", "\"purpose\": \"To recognise visitors\"")
        .replace("\"name\": \"_gid\",", "\"name\": \"_gid\",\"legacy\": true,")
        .replace("\"site\": \"https://datasource.kapsarc.org\"", "\"site\": \"https://old.example\"");
    String error = verifyError(compile("cookieledger.verify=" + commit("cookies.json", committed)));
    assertTrue(error.contains("\nchanged: _ga (purpose), _gid (legacy)"), error);
    assertTrue(error.contains("\nsite: committed \"https://old.example\", now"
        + " \"https://datasource.kapsarc.org\""), error);
  }

  @Test
  void aDifferenceSaysHowToRefreshAndEveryDocumentIsStillWritten() throws IOException {
    Path committed = commit("cookie-policy.md", "# An old policy\n");
    Path classes = folder.resolve("classes");
    List<String> errors = DocumentFixture.compileToFolder(classes, "cookieledger.verify=" + committed);
    assertEquals(1, errors.size(), errors.toString());
    String error = errors.get(0).replaceAll("\n\\s+", "\n");
    Path written = classes.resolve("META-INF/cookies/cookie-policy.md");
    assertTrue(error.contains("differs from the committed " + committed), error);
    assertTrue(error.contains("refresh the committed file: copy " + written + " to " + committed
        + " and commit it"), error);
    for (Map.Entry<String, String> document : current.entrySet()) {
      assertEquals(document.getValue(), Files.readString(
          classes.resolve("META-INF/cookies/" + document.getKey()), StandardCharsets.UTF_8),
          "every output is written all the same: " + document.getKey());
    }
    // copying the written file over the committed one makes the check pass
    Files.copy(written, committed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertEquals(List.of(), DocumentFixture.compileToFolder(folder.resolve("again"),
        "cookieledger.verify=" + committed));
  }

  @Test
  void otherTextDifferencesPointAtTheFirstDifferentLine() throws IOException {
    String committed = current.get("cookie-policy.md").replace("# Cookie policy of", "# Cookies of");
    String error = verifyError(compile("cookieledger.verify=" + commit("policy.md", committed)));
    assertTrue(error.contains("the same cookies, other text differs: line 1 is \"# Cookies of"),
        error);
  }

  @Test
  void aMissingFileIsAnErrorSayingHowToCreateIt() {
    Path missing = folder.resolve("docs/cookie-policy.md");
    String error = verifyError(compile("cookieledger.verify=" + missing));
    assertTrue(Expect.is(error, Message.VERIFY_MISSING, missing), error);
  }

  @Test
  void aFileThatIsNeitherMarkdownNorJsonIsAnError() throws IOException {
    String error = verifyError(compile("cookieledger.verify=" + commit("policy.txt", "x")));
    assertTrue(Expect.is(error, Message.VERIFY_NOT_A_POLICY), error);
  }

  @Test
  void aCommittedJsonThatIsNotJsonIsReported() throws IOException {
    String error = verifyError(compile("cookieledger.verify=" + commit("cookies.json", "{oops")));
    // where, in the user's words; not the JSON library's exception and its advice (FuzzTest)
    assertTrue(error.contains("the committed file is not valid JSON (line 1 column 6)"), error);
    assertFalse(error.contains("Exception"), error);
    assertFalse(error.contains("Strictness"), error);
  }

  @Test
  void aCommittedJsonNestedTooDeeplyIsReportedLikeAnyInvalidJson() throws IOException {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    String error = verifyError(compile("cookieledger.verify=" + commit("cookies.json", deep)));
    assertTrue(error.contains("the committed file is not valid JSON"), error);
  }

  @Test
  void aRelativePathResolvesAgainstTheWorkingDirectory() throws IOException {
    Path committed = commit("cookie-policy.md", current.get("cookie-policy.md"));
    Path relative = Path.of("").toAbsolutePath().relativize(committed);
    assertFalse(relative.isAbsolute());
    assertNoErrors(compile("cookieledger.verify=" + relative));
  }

  @Test
  void theVerifiedMarkdownIsWrittenWhateverTheFormats() throws IOException {
    Path committed = commit("cookie-policy.md", current.get("cookie-policy.md"));
    Compilation compilation = compile("cookieledger.formats=csv", "cookieledger.verify=" + committed);
    assertNoErrors(compilation);
    assertEquals(current.get("cookie-policy.md"), require(compilation, "cookie-policy.md"));
  }

  @Test
  void codeSpansAndCellsOfATableRow() {
    assertEquals(List.of("a|b", "c`d"), MarkdownDifferences.codeSpans("`a\\|b`, `` c`d ``"));
    assertEquals(List.of(), MarkdownDifferences.codeSpans("\\`not code\\`"));
    assertEquals(List.of("x \\| y", "`n\\|m`", "z"), MarkdownDifferences.cells("| x \\| y | `n\\|m` | z |"));
  }

  private static List<Source> sourcesWithout(String simpleFileName) {
    List<Source> sources = new ArrayList<>();
    for (Source source : DocumentFixture.sources()) {
      if (!(source.qualifiedName().replace('.', '/') + ".java").endsWith("/" + simpleFileName)) {
        sources.add(source);
      }
    }
    assertEquals(DocumentFixture.SOURCES.size() - 1, sources.size());
    return sources;
  }
}
