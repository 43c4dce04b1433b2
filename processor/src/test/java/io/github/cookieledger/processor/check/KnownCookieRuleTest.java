package io.github.cookieledger.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.Parameter;
import io.github.cookieledger.processor.testing.TestCompiler;
import io.github.cookieledger.processor.testing.ProcessorTest;
import com.google.testing.compile.Compilation;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.Compile;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code [cookie-known]}: declarations compared with the Open Cookie Database. */
@ProcessorTest
class KnownCookieRuleTest {
  @Parameter TestCompiler compiler;

  private static final String HEADER = "ID,Platform,Category,Cookie / Data Key name,Domain,"
      + "Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,"
      + "Wildcard match\n";
  private static final String GA = "\"_ga\" as a cookie of Google Analytics (Analytics: \"ID used"
      + " to identify users\")";

  @TempDir Path folder;

  @Test
  void analyticsDeclaredNecessaryIsAWarningNamingPlatformCategoryAndDescription() {
    Source auth = Source.cookie("name = \"_ga\"\ncategory = Category.NECESSARY\nduration = \"P400D\"");
    Compilation compilation = compiler.compile(auth);
    assertThat(compilation).succeeded();
    Expect.warning(compilation, auth, "category = Category.NECESSARY", Message.KNOWN_CATEGORY,
        "_ga", "NECESSARY", GA, "STATISTICS");
  }

  @Test
  void analyticsDeclaredOtherThanStatisticsIsAFinding() {
    Source auth = Source.cookie("name = \"_gid\"\ncategory = Category.MARKETING\nduration = \"P1D\"");
    Expect.warning(compiler.compile(auth), auth, "category = Category.MARKETING",
        Message.KNOWN_CATEGORY, "_gid", "MARKETING", "\"_gid\" as a cookie of Google Analytics"
            + " (Analytics: \"ID used to identify users for 24 hours after last activity\")",
        "STATISTICS");
  }

  @Test
  void marketingDeclaredOtherThanMarketingIsAFinding() {
    Source auth = Source.cookie("name = \"_fbp\"\ncategory = Category.STATISTICS\nduration = \"P4M\"");
    Compilation compilation = compiler.compile(auth);
    assertThat(compilation).hadWarningContaining("lists \"_fbp\" as a cookie of Facebook (Marketing: ");
    Expect.reported(compilation, auth, "category = Category.STATISTICS", Message.KNOWN_CATEGORY,
        "_fbp", "STATISTICS");
  }

  @Test
  void aPatternCoveringADatabasePrefixIsCompared() {
    Source auth = Source.cookie("name = \"_ga_*\"\nconstant = \"GA\"\ncategory = Category.NECESSARY\n"
        + "duration = \"P400D\"");
    Expect.warning(compiler.compile(auth), auth, "category = Category.NECESSARY",
        Message.KNOWN_CATEGORY, "_ga_*", "NECESSARY", "\"_ga_\" (a pattern) as a cookie of Google"
            + " Analytics (Analytics: \"ID used to identify users\")", "STATISTICS");
  }

  @Test
  void aLifetimeShorterThanThePlatformKeepsItIsAFinding() {
    Source auth = Source.cookie("name = \"_hjSessionUser_*\"\nconstant = \"HJ_USER\"\n"
        + "category = Category.FUNCTIONAL\nduration = \"P30D\"");
    Compilation compilation = compiler.compile(auth);
    assertThat(compilation).hadWarningContaining("lists \"_hjSessionUser_\" (a pattern) as a"
        + " cookie of Hotjar (Functional: ");
    Expect.warning(compilation, auth, "duration = \"P30D\"", Message.KNOWN_RETENTION,
        "_hjSessionUser_*", "P30D");
    assertThat(compilation).hadWarningContaining("the platform keeps it 365 days. Declare"
        + " duration = \"P1Y\"");
  }

  @Test
  void aLifetimeTheConsentLimitForbidsAsksToConfigureThePlatform() {
    Source auth = Source.cookie("name = \"_ga\"\ncategory = Category.STATISTICS\nduration = \"P13M\"");
    Expect.warning(compiler.compile(auth), auth, "duration = \"P13M\"",
        Message.KNOWN_RETENTION_OVER_CONSENT, "_ga", "P13M", GA,
        "2 years (browsers keep a cookie at most 400 days)", "P13M");
  }

  @Test
  void aThirdPartyCookieOfAPlatformsOwnSiteIsCompared() {
    Source auth = Source.cookie("name = \"NID\"\ncategory = Category.MARKETING\n"
        + "party = Party.THIRD_PARTY\nduration = \"P1M\"\nsameSite = SameSite.NONE");
    Compilation compilation = compiler.compile(auth);
    Expect.warning(compilation, auth, "duration = \"P1M\"", Message.KNOWN_RETENTION, "NID", "P1M");
    assertThat(compilation).hadWarningContaining("lists \"NID\" as a cookie of Google (Marketing: ");
    assertThat(compilation).hadWarningContaining("the platform keeps it 1 year.");
  }

  @Test
  void aSitesOwnCookieNamedLikeAPlatformsSiteCookieIsNotThatCookie() {
    // the database's "sessionid" is Instagram's, on instagram.com: not this site's session
    Expect.clean(compiler.compile(Source.cookie("name = \"sessionid\"\ncategory = Category.NECESSARY")));
  }

  @Test
  void agreeingDeclarationsAndFirstPartyPlatformCookiesAreNoFinding() {
    Expect.clean(compiler.compile(Source.cookie(
        "name = \"_gid\"\ncategory = Category.STATISTICS\nduration = \"P1D\"",
        // Functional may be necessary; the database's "session" is never longer
        "name = \"__cf_bm\"\ncategory = Category.NECESSARY\nduration = \"PT30M\"",
        // a third party's cookie declared first party: proxied set-ups exist
        "name = \"_fbp\"\ncategory = Category.MARKETING\nduration = \"P4M\"",
        // 1 year and twelve 30-day months agree
        "name = \"NID\"\ncategory = Category.MARKETING\nparty = Party.THIRD_PARTY\n"
            + "duration = \"P12M\"\nsameSite = SameSite.NONE")));
  }

  @Test
  void aNameOfSeveralPlatformsIsAFindingOnlyWhenEveryOneDisagrees() {
    // "token": Adform (Marketing) and Xandr (Functional)
    Expect.clean(compiler.compile(Source.cookie(
        "name = \"token\"\ncategory = Category.FUNCTIONAL\nparty = Party.THIRD_PARTY")));
    // "uids": Admatic and Xandr, both Marketing
    Source auth = Source.cookie("name = \"uids\"\ncategory = Category.FUNCTIONAL\n"
        + "party = Party.THIRD_PARTY\nduration = \"P1Y\"");
    Compilation compilation = compiler.compile(auth);
    Expect.warning(compilation, auth, "category = Category.FUNCTIONAL", Message.KNOWN_CATEGORY,
        "uids", "FUNCTIONAL");
    assertThat(compilation).hadWarningContaining("lists \"uids\" as a cookie of Admatic"
        + " (Marketing: ");
    assertThat(compilation).hadWarningContaining(") and of Xandr (Marketing: ");
  }

  @Test
  void aReasonSuppressesTheFindingsAndShowsInCookiesJson() {
    Compilation compilation = compiler.compile(Source.cookie("name = \"_ga\"\n"
        + "category = Category.NECESSARY\nknown = \"Our proxy keeps only a load-balancer id\""));
    Expect.clean(compilation);
    String json = Compile.resource(compilation, Compile.JSON).orElseThrow();
    assertTrue(json.contains("\"known\": \"Our proxy keeps only a load-balancer id\""), json);
  }

  @Test
  void aReasonThatExcusesNothingIsAWarning() {
    Source unlisted = Source.cookie("name = \"visit_count\"\nknown = \"just in case\"");
    Expect.warning(compiler.compile(unlisted), unlisted, "known = \"just in case\"",
        Message.KNOWN_EXCUSES_UNLISTED, "visit_count", "just in case");
    Source agreeing = Source.cookie("name = \"_gid\"\ncategory = Category.STATISTICS\n"
        + "duration = \"P1D\"\nknown = \"just in case\"");
    Expect.warning(compiler.compile(agreeing), agreeing, "known = \"just in case\"",
        Message.KNOWN_EXCUSES_AGREEING, "_gid", "just in case");
  }

  @Test
  void severityErrorMakesFindingsErrors() {
    Source auth = Source.cookie("name = \"_ga\"\ncategory = Category.NECESSARY\nduration = \"P400D\"");
    Compilation compilation = compiler.compile(List.of("cookieledger.knownCookies=error"), auth);
    assertThat(compilation).hadErrorCount(1);
    Expect.error(compilation, auth, "category = Category.NECESSARY",
        Message.KNOWN_CATEGORY.text("_ga", "NECESSARY", GA, "STATISTICS"));
  }

  @Test
  void severityOffTurnsTheCheckOff() {
    Expect.clean(compiler.compile(List.of("cookieledger.knownCookies=off"),
        Source.cookie("name = \"_ga\"\ncategory = Category.NECESSARY")));
  }

  @Test
  void anUnknownSeverityIsAnOptionError() {
    assertThat(compiler.compile(List.of("cookieledger.knownCookies=loud"),
        Source.cookie("name = \"x\""))).hadErrorContaining(
            Message.OPTION_SEVERITY.text("cookieledger.knownCookies", "loud"));
  }

  @Test
  void aUsersFileAddsAndOverridesRows() throws IOException {
    Path file = csv(HEADER
        + ",Acme Analytics,Analytics,acme_visitor,,Acme's visitor id,2 years,Acme,,0\n"
        + ",Our proxy,Functional,_ga,,Load-balancer id of our proxy,1 day,Us,,0\n");
    Source auth = Source.cookie("name = \"acme_visitor\"\ncategory = Category.MARKETING\n"
        + "duration = \"P400D\"", "name = \"_ga\"\ncategory = Category.NECESSARY\nduration = \"P1D\"");
    Compilation compilation =
        compiler.compile(List.of("cookieledger.knownCookiesFile=" + file), auth);
    assertThat(compilation).hadWarningCount(1);
    Expect.warning(compilation, auth, "category = Category.MARKETING", Message.KNOWN_CATEGORY,
        "acme_visitor", "MARKETING",
        "\"acme_visitor\" as a cookie of Acme Analytics (Analytics: \"Acme's visitor id\")");
  }

  @Test
  void anUnusableRowOfTheUsersFileIsAWarningNamingFileAndLine() throws IOException {
    Path file = csv(HEADER + ",Acme,Tracking,acme_a,,bad,1 year,Acme,,0\n");
    assertThat(compiler.compile(List.of("cookieledger.knownCookiesFile=" + file),
        Source.cookie("name = \"x\""))).hadWarningContaining(Message.KNOWN_ROW_CATEGORY.text(
            file, 2, "acme_a", "Tracking", "Analytics, Functional, Marketing, Necessary,"
                + " Personalization, Security"));
  }

  @Test
  void anUnreadableUsersFileIsAnErrorNamingFileAndLine() throws IOException {
    Path missing = folder.resolve("missing.csv");
    Compilation none = compiler.compile(List.of("cookieledger.knownCookiesFile=" + missing),
        Source.cookie("name = \"x\""));
    // in words, not the exception's name (FuzzTest)
    assertThat(none).hadErrorContaining("[cookie-known] -Acookieledger.knownCookiesFile: "
        + missing + " cannot be read: it does not exist. Give the path");
    assertThat(compiler.compile(List.of("cookieledger.knownCookiesFile=" + folder),
        Source.cookie("name = \"x\""))).hadErrorContaining(folder + " cannot be read: it is a folder.");
    Path headerless = csv("name,category\nx,Analytics\n");
    assertThat(compiler.compile(List.of("cookieledger.knownCookiesFile=" + headerless),
        Source.cookie("name = \"x\""))).hadErrorContaining("-Acookieledger.knownCookiesFile: "
            + headerless + ", line 1: the header lacks the column(s)");
  }

  private Path csv(String text) throws IOException {
    Path file = folder.resolve("cookies-" + text.hashCode() + ".csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
