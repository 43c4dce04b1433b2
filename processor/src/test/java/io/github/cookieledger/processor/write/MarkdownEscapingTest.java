package io.github.cookieledger.processor.write;

import static io.github.cookieledger.processor.testing.Source.literal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.Parameter;
import io.github.cookieledger.processor.testing.TestCompiler;
import io.github.cookieledger.processor.testing.ProcessorTest;
import io.github.cookieledger.processor.testing.Compile;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.Source;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code cookie-policy.md}: whatever a declared text holds, its row stays one table row and the
 * text shows as text (GitHub-flavoured Markdown: cells split at unescaped {@code |}, a backslash
 * before ASCII punctuation shows the character, {@code <br>} breaks a line); cookies sharing
 * provider, function, purpose and duration share a row.
 */
@ProcessorTest
class MarkdownEscapingTest {
  @Parameter TestCompiler compiler;

  private static final String PURPOSE =
      "Tracks a | b\nthen <script>alert(1)</script> *bold* _em_ `code` & [link](x) \\ ~x~";

  private String policy(String... cookies) {
    var compilation = compiler.compile(Source.cookie(cookies));
    Expect.clean(compilation);
    return Compile.resource(compilation, Compile.MARKDOWN).orElseThrow();
  }

  /** The one table row that holds {@code fragment}. */
  private static String row(String markdown, String fragment) {
    List<String> rows = markdown.lines().filter(line -> line.contains(fragment)).toList();
    assertEquals(1, rows.size(), () -> fragment + " in\n" + markdown);
    return rows.get(0);
  }

  @Test
  void specialCharactersStayInOneRowAndShowAsText() {
    String markdown = policy("name = \"evil\"\nprovider = \"A & B <Ltd>\"\nfunction = \"*Login*\""
        + "\npurpose = " + literal(PURPOSE));
    List<String> cells = cells(row(markdown, "`evil`"));
    assertEquals(List.of("A & B <Ltd>", "*Login*", "evil", PURPOSE, "session"),
        List.of(shown(cells.get(0)), shown(cells.get(1)), codeSpan(cells.get(2)),
            shown(cells.get(3)), shown(cells.get(4))));
    assertFalse(cells.get(3).contains("<script>"), cells.get(3));
  }

  @Test
  void windowsLineEndIsOneLineBreak() {
    String markdown = policy("name = \"crlf\"\npurpose = " + literal("one\r\ntwo\rthree"));
    assertEquals("one\ntwo\nthree", shown(cells(row(markdown, "`crlf`")).get(3)));
  }

  @Test
  void namesWithPipesAndBackticksStayCodeSpans() {
    String markdown = policy("name = \"a|b\"\nconstant = \"PIPE\"",
        "name = \"c`d\"\nconstant = \"TICK\"\npurpose = \"Another\"");
    assertEquals("a|b", codeSpan(cells(row(markdown, "a\\|b")).get(2)));
    assertEquals("c`d", codeSpan(cells(row(markdown, "c`d")).get(2)));
  }

  @Test
  void cookiesSharingProviderFunctionPurposeAndDurationShareARow() {
    String markdown = policy(
        "name = \"b_lang\"\nfunction = \"Language\"\npurpose = \"To remember the language\"",
        "name = \"a_lang\"\nfunction = \"Language\"\npurpose = \"To remember the language\"",
        "name = \"c_lang\"\nfunction = \"Language\"\npurpose = \"To remember the language\""
            + "\nduration = \"P1Y\"");
    assertEquals("`a_lang`, `b_lang`", cells(row(markdown, "`a_lang`")).get(2));
    assertEquals("1 year", cells(row(markdown, "`c_lang`")).get(4));
  }

  /** The cells of a table row, split at the {@code |} that are not backslash-escaped. */
  private static List<String> cells(String row) {
    assertEquals('|', row.charAt(0), row);
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 1; i < row.length(); i++) {
      char c = row.charAt(i);
      if (c == '\\' && i + 1 < row.length()) {
        cell.append(c).append(row.charAt(++i));
      } else if (c == '|') {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    assertEquals("", cell.toString().strip(), "the row ends with |: " + row);
    assertEquals(5, cells.size(), row);
    return cells;
  }

  /**
   * What a text cell shows: {@code <br>} a line break, a backslash before ASCII punctuation the
   * character itself. Fails on a character that would be markup if left unescaped.
   */
  private static String shown(String cell) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (cell.startsWith("<br>", i)) {
        text.append('\n');
        i += 3;
      } else if (c == '\\' && i + 1 < cell.length() && isAsciiPunctuation(cell.charAt(i + 1))) {
        text.append(cell.charAt(++i));
      } else {
        assertFalse("\\`*_[]<>|~&".indexOf(c) >= 0, () -> "unescaped " + c + " in " + cell);
        text.append(c);
      }
    }
    return text.toString();
  }

  /** What a code span shows: the text between the fences (one padding space each side), {@code \|} as {@code |}. */
  private static String codeSpan(String cell) {
    int fence = 0;
    while (cell.charAt(fence) == '`') {
      fence++;
    }
    String ticks = "`".repeat(fence);
    assertEquals(ticks, cell.substring(cell.length() - fence), cell);
    String content = cell.substring(fence, cell.length() - fence);
    if (content.length() > 2 && content.startsWith(" ") && content.endsWith(" ")) {
      content = content.substring(1, content.length() - 1);
    }
    return content.replace("\\|", "|");
  }

  private static boolean isAsciiPunctuation(char c) {
    return c < 0x80 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
  }
}
