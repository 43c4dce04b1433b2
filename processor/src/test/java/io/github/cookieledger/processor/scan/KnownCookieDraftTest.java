package io.github.cookieledger.processor.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.Expect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An undeclared cookie the Open Cookie Database knows: the message carries a draft @Cookie. */
class KnownCookieDraftTest {
  private static final String SITE = """
      package app;

      import io.github.cookieledger.*;
      import java.net.HttpCookie;

      @Cookie(name = "sid", provider = "Us", purpose = "To test", category = Category.NECESSARY)
      class Site {
        void set(String v) {
          new HttpCookie("_ga", v);
          new HttpCookie("our_own", v);
        }
      }
      """;

  @Test
  void aKnownUndeclaredCookieGetsADraftFromTheDatabaseAndAnUnknownOneTheBlanks() {
    List<String> undeclared = undeclared(List.of());
    assertEquals(2, undeclared.size(), undeclared::toString);
    assertEquals(true, undeclared.get(0).contains("The Open Cookie Database knows it"),
        undeclared.get(0));
    assertEquals(true, undeclared.get(0).endsWith("review it (the database describes the"
        + " platform's usual cookie, not necessarily yours): @Cookie(name = \"_ga\", provider ="
        + " \"Google Analytics\", purpose = \"ID used to identify users\", category ="
        + " Category.STATISTICS, duration = \"P400D\")"), undeclared.get(0));
    assertEquals(true, undeclared.get(1).contains("@Cookie(name = \"our_own\", provider = \"...\""),
        undeclared.get(1));
  }

  @Test
  void theCodesMaximumAgeWinsOverTheDatabasesAndAThirdPartyRowSaysSo() {
    List<String> undeclared = undeclared(List.of(), """
        package app;

        import io.github.cookieledger.*;

        @Cookie(name = "sid", provider = "Us", purpose = "To test", category = Category.NECESSARY)
        class Site {
          void set(jakarta.servlet.http.HttpServletResponse response, String v) {
            jakarta.servlet.http.Cookie fbp = new jakarta.servlet.http.Cookie("_fbp", v);
            fbp.setMaxAge(86400);
            fbp.setHttpOnly(true);
            fbp.setSecure(true);
            response.addCookie(fbp);
          }
        }
        """);
    assertEquals(1, undeclared.size(), undeclared::toString);
    assertEquals(true, undeclared.get(0).endsWith(": @Cookie(name = \"_fbp\", provider ="
        + " \"Facebook\", purpose = \"Used by Facebook to deliver a series of advertisement"
        + " products such as real time bidding from third party advertisers\", category ="
        + " Category.MARKETING, party = Party.THIRD_PARTY, duration = \"P1D\")"),
        undeclared.get(0));
  }

  @Test
  void noDraftWhenTheKnownCookieCheckIsOff() {
    List<String> undeclared = undeclared(List.of("-Acookieledger.knownCookies=off"));
    assertEquals(true, undeclared.get(0).contains("@Cookie(name = \"_ga\", provider = \"...\""),
        undeclared.get(0));
  }

  @Test
  void aKnownNamePassedToAHelperGetsTheDraftToo() {
    List<String> undeclared = undeclared(List.of(), """
        package app;

        import io.github.cookieledger.*;

        @Cookie(name = "sid", provider = "Us", purpose = "To test", category = Category.NECESSARY)
        class Site {
          void logout(jakarta.servlet.http.HttpServletResponse response) {
            clear(response, "_gid");
          }

          private void clear(jakarta.servlet.http.HttpServletResponse response, String name) {
            jakarta.servlet.http.Cookie gone = new jakarta.servlet.http.Cookie(name, "");
            gone.setMaxAge(0);
            gone.setHttpOnly(true);
            gone.setSecure(true);
            response.addCookie(gone);
          }
        }
        """);
    assertEquals(1, undeclared.size(), undeclared::toString);
    assertTrue(Expect.is(undeclared.get(0), Message.UNDECLARED_THROUGH_KNOWN, "_gid", null,
        "@Cookie(name = \"_gid\", provider = \"Google Analytics\", purpose = \"ID used to"
            + " identify users for 24 hours after last activity\", category ="
            + " Category.STATISTICS, duration = \"P1D\")", null), undeclared.get(0));
  }

  /** Without declarations the scan's drafts are the first to read a user's file: errors show. */
  @Test
  void aBrokenUsersFileIsReportedWhenOnlyTheScanReadsTheDatabase(@TempDir Path folder)
      throws IOException {
    Path headerless = folder.resolve("cookies.csv");
    Files.writeString(headerless, "name,category\nx,Analytics\n", StandardCharsets.UTF_8);
    Compilation compilation = ScanCompilation.compile(
        List.of("-Acookieledger.knownCookiesFile=" + headerless),
        List.of(JavaFileObjects.forSourceString("app.Page", """
            package app;

            class Page {
              java.net.HttpCookie visit(String v) {
                return new java.net.HttpCookie("_ga", v);
              }
            }
            """)));
    List<String> errors = compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).map(d -> d.getMessage(null)).toList();
    assertEquals(1, errors.size(), errors::toString);
    assertTrue(errors.get(0).startsWith("[cookie-known] -Acookieledger.knownCookiesFile: "
        + headerless + ", line 1: the header lacks the column(s)"), errors.get(0));
  }

  private static List<String> undeclared(List<String> options) {
    return undeclared(options, SITE);
  }

  private static List<String> undeclared(List<String> options, String site) {
    Compilation compilation = ScanCompilation.compile(options,
        List.of(StandIns.servletCookie("jakarta"), StandIns.servletResponse("jakarta"),
            JavaFileObjects.forSourceString("app.Site", site)));
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING)
        .map(d -> d.getMessage(null))
        .filter(m -> m.startsWith("[cookie-undeclared]"))
        .toList();
  }
}
