package io.github.cookieledger.processor.write;

import static io.github.cookieledger.processor.write.DocumentFixture.assertNoErrors;
import static io.github.cookieledger.processor.write.DocumentFixture.compile;
import static io.github.cookieledger.processor.write.DocumentFixture.messages;
import static io.github.cookieledger.processor.write.DocumentFixture.require;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cookieledger.processor.testing.Source;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Set;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The TCF device storage disclosure, held to the disclosure rules. */
class TcfWriterTest {
  private static Compilation compilation;
  private static JsonArray disclosures;
  private static JsonArray cookies;
  private static JsonObject root;

  /**
   * The fields of the IAB's "Vendor Device Storage & Operational Disclosures" (TCF v2): every
   * field a record may hold, and those it must hold (for {@code type = "cookie"}).
   */
  private static final Set<String> ROOT_FIELDS = Set.of("disclosures", "domains", "sdks");
  private static final Set<String> DISCLOSURE_FIELDS = Set.of("identifier", "type",
      "maxAgeSeconds", "cookieRefresh", "domains", "domain", "purposes", "specialPurposes",
      "description", "optOut");
  private static final Set<String> DISCLOSURE_REQUIRED = Set.of("identifier", "type",
      "maxAgeSeconds", "cookieRefresh", "domains", "purposes");
  private static final Set<String> DOMAIN_FIELDS =
      Set.of("domain", "purposes", "specialPurposes", "use");
  private static final Set<String> DOMAIN_REQUIRED = Set.of("domain", "purposes");

  @BeforeAll
  static void compileFixture() {
    compilation = compile("cookieledger.formats=tcf");
    assertNoErrors(compilation);
    root = JsonParser.parseString(require(compilation,
        "device-storage-disclosure.json")).getAsJsonObject();
    disclosures = root.getAsJsonArray("disclosures");
    cookies = JsonParser.parseString(require(compilation, "cookies.json")).getAsJsonObject()
        .getAsJsonArray("cookies");
  }

  @Test
  void oneCookieDisclosurePerCookieWithTheRequiredFields() {
    assertEquals(cookies.size(), disclosures.size());
    for (JsonElement element : disclosures) {
      JsonObject disclosure = element.getAsJsonObject();
      assertEquals("cookie", disclosure.get("type").getAsString());
      assertFalse(disclosure.get("cookieRefresh").getAsBoolean());
      assertTrue(disclosure.get("maxAgeSeconds").getAsJsonPrimitive().isNumber());
      assertFalse(disclosure.get("description").getAsString().isBlank());
    }
  }

  @Test
  void everyRecordHoldsTheSpecsRequiredFieldsAndNoOthers() {
    assertEquals(Set.of("disclosures", "domains"), root.keySet(), "both arrays are required");
    assertTrue(ROOT_FIELDS.containsAll(root.keySet()));
    for (JsonElement element : disclosures) {
      Set<String> fields = element.getAsJsonObject().keySet();
      assertTrue(fields.containsAll(DISCLOSURE_REQUIRED), fields.toString());
      assertTrue(DISCLOSURE_FIELDS.containsAll(fields), fields.toString());
      assertFalse(fields.contains("domain") && fields.contains("domains"), "never both");
    }
    for (JsonElement element : root.getAsJsonArray("domains")) {
      Set<String> fields = element.getAsJsonObject().keySet();
      assertTrue(fields.containsAll(DOMAIN_REQUIRED), fields.toString());
      assertTrue(DOMAIN_FIELDS.containsAll(fields), fields.toString());
      String domain = element.getAsJsonObject().get("domain").getAsString();
      assertFalse(domain.contains("://") || domain.contains("/"), "only the domain: " + domain);
    }
  }

  @Test
  void theDomainsArrayListsEveryCookieDomainWithItsPurposes() {
    java.util.Map<String, JsonArray> listed = new java.util.TreeMap<>();
    for (JsonElement element : root.getAsJsonArray("domains")) {
      listed.put(element.getAsJsonObject().get("domain").getAsString(),
          element.getAsJsonObject().getAsJsonArray("purposes"));
    }
    java.util.Map<String, JsonArray> expected = new java.util.TreeMap<>();
    for (JsonElement element : disclosures) {
      JsonObject disclosure = element.getAsJsonObject();
      for (String domain : domains(disclosure)) {
        JsonArray purposes = expected.computeIfAbsent(domain, d -> new JsonArray());
        if (disclosure.getAsJsonArray("purposes").size() > 0 && purposes.isEmpty()) {
          purposes.add(1);
        }
      }
    }
    assertEquals(expected, listed);
  }

  @Test
  void noBareWildcardAndWildcardsOnlyAtTheEnds() {
    for (JsonElement element : disclosures) {
      String identifier = element.getAsJsonObject().get("identifier").getAsString();
      assertNotEquals("*", identifier);
      assertFalse(identifier.substring(1, identifier.length() - 1).contains("*"), identifier);
    }
    assertEquals("_pk_id.*", TcfWriter.identifier("_pk_id.*.*"));
    assertEquals("_ga_*", TcfWriter.identifier("_ga_*"));
    assertEquals("*_consent", TcfWriter.identifier("*_consent"));
    assertEquals("a*", TcfWriter.identifier("a*b*c"));
    assertEquals("sessionid", TcfWriter.identifier("sessionid"));
  }

  @Test
  void aWidenedPatternIsAWarningNamingBoth() {
    List<String> warnings = messages(compilation, Diagnostic.Kind.WARNING).stream()
        .filter(w -> w.startsWith("[cookie-tcf]")).toList();
    assertEquals(2, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).contains("\"_pk_id.*.*\" is listed as \"_pk_id.*\""),
        warnings.get(0));
    assertTrue(warnings.get(1).contains("\"_pk_ses.*.*\" is listed as \"_pk_ses.*\""));
  }

  @Test
  void sessionIsZeroAndPurposeOneExactlyForConsentCookies() {
    for (int i = 0; i < cookies.size(); i++) {
      JsonObject cookie = cookies.get(i).getAsJsonObject();
      JsonObject disclosure = disclosures.get(i).getAsJsonObject();
      assertEquals(TcfWriter.identifier(cookie.get("name").getAsString()),
          disclosure.get("identifier").getAsString());
      long expectedAge = cookie.get("maxAgeSeconds").isJsonNull() ? 0
          : cookie.get("maxAgeSeconds").getAsLong();
      assertEquals(expectedAge, disclosure.get("maxAgeSeconds").getAsLong());
      JsonArray purposes = new JsonArray();
      if (cookie.get("consentRequired").getAsBoolean()) {
        purposes.add(1);
      }
      assertEquals(purposes, disclosure.get("purposes"), cookie.get("name").getAsString());
      assertEquals(cookie.get("purpose"), disclosure.get("description"));
    }
    JsonObject sessionid = byIdentifier("sessionid");
    assertEquals(0, sessionid.get("maxAgeSeconds").getAsLong());
    assertEquals(new JsonArray(), sessionid.get("purposes"));
    assertEquals(1, byIdentifier("_ga").getAsJsonArray("purposes").get(0).getAsInt());
    assertEquals(0, byIdentifier("_pk_id.*").getAsJsonArray("purposes").size(),
        "anonymized statistics need no consent");
  }

  @Test
  void domainsFromTheDeclarationElseTheSiteHost() {
    assertEquals(List.of("cdn.example.net"), domains(byIdentifier("ods_theme")));
    assertEquals(List.of("kapsarc.org"), domains(byIdentifier("_ga")), "leading dot dropped");
    assertEquals(List.of("datasource.kapsarc.org"), domains(byIdentifier("sessionid")));
  }

  @Test
  void aCookieWithoutSiteOrDomainIsAnErrorAskingForASite() {
    Compilation noSite = DocumentFixture.compile(List.of(new Source(
        "org.example.Plain", "package org.example;\n"
            + "import io.github.cookieledger.*;\n"
            + "@Cookie(name = \"plain\", provider = \"Us\", purpose = \"To test\","
            + " category = Category.NECESSARY)\n"
            + "@Cookie(name = \"scoped\", provider = \"Us\", purpose = \"To test\","
            + " category = Category.NECESSARY, domain = \"example.org\")\n"
            + "public class Plain {}\n")), "cookieledger.formats=tcf");
    List<String> errors = messages(noSite, Diagnostic.Kind.ERROR);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("[cookie-tcf] cookie \"plain\" has no domain"), errors.get(0));
    assertTrue(errors.get(0).contains("@CookiePolicy(site"), errors.get(0));
  }

  @Test
  void aWidenedWildcardThatWouldGroupDifferentPurposesIsAnErrorNamingBoth() {
    Compilation grouped = DocumentFixture.compile(List.of(new Source(
        "org.example.Ads", "package org.example;\n"
            + "import io.github.cookieledger.*;\n"
            + "@CookiePolicy(site = \"https://example.org\")\n"
            + "@Cookie(name = \"_x.*.ads\", provider = \"Us\", purpose = \"To target ads\","
            + " category = Category.MARKETING)\n"
            + "@Cookie(name = \"_x.*.login\", provider = \"Us\", purpose = \"To sign in\","
            + " category = Category.NECESSARY)\n"
            + "public class Ads {}\n")), "cookieledger.formats=tcf");
    List<String> errors = messages(grouped, Diagnostic.Kind.ERROR);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("[cookie-tcf] cookies \"_x.*.login\" and \"_x.*.ads\""
        + " are both listed as \"_x.*\""), errors.get(0));
    assertTrue(errors.get(0).contains("MUST NOT group identifiers with different purposes"));
  }

  @Test
  void aWidenedStoragePatternThatWouldGroupDifferentPurposesIsAnErrorNamingBoth() {
    Compilation grouped = DocumentFixture.compile(List.of(new Source(
        "org.example.Ads", "package org.example;\n"
            + "import io.github.cookieledger.*;\n"
            + "@CookiePolicy(site = \"https://example.org\")\n"
            + "@Storage(name = \"x.*.ads\", kind = StorageKind.LOCAL_STORAGE, provider = \"Us\","
            + " purpose = \"To target ads\", category = Category.MARKETING)\n"
            + "@Storage(name = \"x.*.login\", kind = StorageKind.LOCAL_STORAGE, provider = \"Us\","
            + " purpose = \"To sign in\", category = Category.NECESSARY)\n"
            + "@Cookie(name = \"x.*.login\", provider = \"Us\", purpose = \"To sign in\","
            + " category = Category.NECESSARY)\n"
            + "public class Ads {}\n")), "cookieledger.formats=tcf");
    List<String> errors = messages(grouped, Diagnostic.Kind.ERROR);
    assertEquals(1, errors.size(), errors.toString()); // the cookie groups with no web record
    assertTrue(errors.get(0).startsWith("[cookie-tcf] localStorage key \"x.*.login\" and"
        + " localStorage key \"x.*.ads\" are both listed as \"x.*\" (type web)"), errors.get(0));
    assertTrue(errors.get(0).contains("MUST NOT group identifiers with different purposes"));
  }

  @Test
  void theSiteHostIsReadFromAUrlOrABareHost() {
    assertEquals("example.org", TcfWriter.host("https://example.org:8443/portal").orElseThrow());
    assertEquals("example.org", TcfWriter.host("example.org").orElseThrow());
    assertTrue(TcfWriter.host(null).isEmpty());
    assertTrue(TcfWriter.host("not a url").isEmpty());
  }

  private static JsonObject byIdentifier(String identifier) {
    for (JsonElement element : disclosures) {
      if (element.getAsJsonObject().get("identifier").getAsString().equals(identifier)) {
        return element.getAsJsonObject();
      }
    }
    throw new AssertionError("no disclosure " + identifier);
  }

  private static List<String> domains(JsonObject disclosure) {
    return disclosure.getAsJsonArray("domains").asList().stream()
        .map(JsonElement::getAsString).toList();
  }
}
