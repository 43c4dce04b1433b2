package io.github.cookieledger.processor.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.cookieledger.processor.model.Message;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * The scan reads {@code partitioned(...)} in builder chains and compares it with the declaration.
 */
class PartitionedScanTest {
  private static final String SITE = """
      package app;

      import io.github.cookieledger.*;
      import org.springframework.http.ResponseCookie;

      @Cookie(name = "widget", provider = "Us", purpose = "To test", category = Category.FUNCTIONAL,
          partitioned = true, sameSite = SameSite.NONE)
      @Cookie(name = "plain", provider = "Us", purpose = "To test", category = Category.FUNCTIONAL)
      class Site {
        void set(String v) {
          ResponseCookie.from("widget", v).secure(true).partitioned(true).build();
          ResponseCookie.from("widget", v).partitioned(false).build(); // widget-unpartitioned
          ResponseCookie.from("plain", v).partitioned(true).build(); // plain-partitioned
          ResponseCookie.from("embed", v).partitioned(true).build(); // undeclared
        }
      }
      """;

  @Test
  void aPartitionedCallThatContradictsTheDeclarationIsAWarning() {
    Compilation compilation = ScanCompilation.compile(List.of(),
        List.of(StandIns.springResponseCookie(),
            JavaFileObjects.forSourceString("app.Site", SITE)));
    List<String> warnings = compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING)
        .filter(d -> d.getMessage(null).startsWith("[cookie-attribute]"))
        .map(d -> d.getLineNumber() + " " + d.getMessage(null)).toList();
    assertEquals(List.of(
        line("widget-unpartitioned") + " " + Message.ATTRIBUTE_CONTRADICTS.text("widget",
            "app.Site", "partitioned = true", "partitioned false"),
        line("plain-partitioned") + " " + Message.ATTRIBUTE_CONTRADICTS.text("plain", "app.Site",
            "partitioned = false", "partitioned true")), warnings);
  }

  @Test
  void anUndeclaredCookieSetPartitionedGetsPartitionedInItsSuggestion() {
    Compilation compilation = ScanCompilation.compile(List.of(),
        List.of(StandIns.springResponseCookie(),
            JavaFileObjects.forSourceString("app.Site", SITE)));
    List<String> undeclared = compilation.diagnostics().stream()
        .map(d -> d.getMessage(null))
        .filter(m -> m.startsWith("[cookie-undeclared]") && m.contains("\"embed\""))
        .toList();
    assertEquals(1, undeclared.size(), undeclared::toString);
    assertTrue(undeclared.get(0).contains(", partitioned = true)"), undeclared.get(0));
  }

  private static long line(String marker) {
    List<String> lines = SITE.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("// " + marker)) {
        return i + 1;
      }
    }
    throw new AssertionError(marker);
  }
}
