package io.github.cookieledger.processor.write;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.cookieledger.CookieNames;
import io.github.cookieledger.processor.json.JsonOutput;
import io.github.cookieledger.processor.model.Ledger;
import io.github.cookieledger.processor.model.LedgerEntry;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import io.github.cookieledger.processor.model.StorageEntry;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code device-storage-disclosure.json}: the cookies as the IAB TCF "Vendor Device Storage &amp;
 * Operational Disclosures" JSON, which consent management platforms load and may show to visitors.
 * Both arrays the text requires:
 *
 * <ul>
 *   <li>{@code disclosures}, one record per cookie: {@code identifier} (the name; TCF allows
 *       {@code *} only at the start or the end, so a pattern with a {@code *} inside is widened to
 *       the text up to that {@code *}, {@code _pk_id.*.*} → {@code _pk_id.*}, see {@link
 *       #identifier}), {@code type} {@code cookie}, {@code maxAgeSeconds} ({@code 0} for a session
 *       cookie), {@code cookieRefresh} {@code false} (a declaration does not say), {@code domains}
 *       (the declared domain, else the site's host: required for cookies), {@code purposes}
 *       ({@code [1]}, "Store and/or access information on a device", exactly when the cookie needs
 *       consent; TCF reads an empty list as exempt) and {@code description} (the purpose).
 *   <li>{@code domains}, one record per domain the cookies use: {@code domain}, {@code purposes}
 *       ({@code [1]} when any cookie on it needs consent) and {@code use} (its cookies).
 * </ul>
 *
 * <p>What the text forbids is refused by {@link #problems}, and the file is then not written: a
 * cookie record without a domain, and a widened identifier that would group cookies with
 * different purposes.
 *
 * <p>Web storage follows the cookies with {@code type: "web"}, the site's host as domain when
 * there is one (TCF requires domains only for cookies), and no {@code maxAgeSeconds} or {@code
 * cookieRefresh} (TCF defines them for cookies). The {@code domains} array lists cookie domains.
 */
public final class TcfWriter {
  private TcfWriter() {}

  public static String write(Ledger ledger) {
    Optional<String> siteHost = host(ledger.policy().site());
    JsonArray disclosures = new JsonArray();
    SortedMap<String, DomainUse> domains = new TreeMap<>();
    for (LedgerEntry entry : ledger.cookies()) {
      JsonObject disclosure = new JsonObject();
      disclosure.addProperty("identifier", identifier(entry.name()));
      disclosure.addProperty("type", "cookie");
      Long maxAge = entry.maxAgeSeconds();
      disclosure.addProperty("maxAgeSeconds", maxAge == null ? 0L : maxAge);
      disclosure.addProperty("cookieRefresh", false);
      boolean consent = entry.attributes().consentRequired();
      domain(entry, siteHost).ifPresent(host -> {
        JsonArray hosts = new JsonArray();
        hosts.add(host);
        disclosure.add("domains", hosts);
        domains.computeIfAbsent(host, h -> new DomainUse()).add(entry.name(), consent);
      });
      disclosure.add("purposes", purposes(consent));
      disclosure.addProperty("description", entry.attributes().purpose());
      disclosures.add(disclosure);
    }
    for (StorageEntry entry : ledger.storage()) {
      JsonObject disclosure = new JsonObject();
      disclosure.addProperty("identifier", identifier(entry.name()));
      disclosure.addProperty("type", "web");
      siteHost.ifPresent(host -> {
        JsonArray hosts = new JsonArray();
        hosts.add(host);
        disclosure.add("domains", hosts);
      });
      disclosure.add("purposes", purposes(entry.attributes().consentRequired()));
      disclosure.addProperty("description", entry.attributes().purpose());
      disclosures.add(disclosure);
    }
    JsonArray domainArray = new JsonArray();
    domains.forEach((host, use) -> {
      JsonObject domain = new JsonObject();
      domain.addProperty("domain", host);
      domain.add("purposes", purposes(use.consent));
      domain.addProperty("use", "Cookies: " + String.join(", ", use.names));
      domainArray.add(domain);
    });
    JsonObject root = new JsonObject();
    root.add("disclosures", disclosures);
    root.add("domains", domainArray);
    return JsonOutput.pretty(root, JsonOutput.Nulls.OMIT) + "\n";
  }

  /**
   * What the IAB's text refuses in this ledger's disclosure: a cookie without a domain (no declared
   * domain, no site), and two cookies with different purposes under one widened identifier.
   *
   * @param fileName the disclosure's file name, for messages
   */
  public static List<Problem> problems(Ledger ledger, String fileName) {
    List<Problem> problems = new ArrayList<>();
    Optional<String> siteHost = host(ledger.policy().site());
    Map<String, LedgerEntry> firstByIdentifier = new LinkedHashMap<>();
    for (LedgerEntry entry : ledger.cookies()) {
      if (domain(entry, siteHost).isEmpty()) {
        problems.add(Message.TCF_NO_DOMAIN.global(entry.name(), fileName));
      }
      LedgerEntry other = firstByIdentifier.putIfAbsent(identifier(entry.name()), entry);
      if (other != null && other.attributes().consentRequired()
          != entry.attributes().consentRequired()) {
        problems.add(Message.TCF_WILDCARD_GROUPS_PURPOSES.global(other.name(), entry.name(),
            identifier(entry.name()), fileName, need(other), need(entry)));
      }
    }
    // web records are apart from cookie records (their type differs), so they group only together
    Map<String, StorageEntry> firstWebByIdentifier = new LinkedHashMap<>();
    for (StorageEntry entry : ledger.storage()) {
      StorageEntry other = firstWebByIdentifier.putIfAbsent(identifier(entry.name()), entry);
      if (other != null && other.attributes().consentRequired()
          != entry.attributes().consentRequired()) {
        problems.add(Message.STORAGE_TCF_WILDCARD_GROUPS_PURPOSES.global(
            StorageEntry.describe(other.attributes()), StorageEntry.describe(entry.attributes()), identifier(entry.name()), fileName,
            need(other.attributes().consentRequired()),
            need(entry.attributes().consentRequired())));
      }
    }
    return problems;
  }

  private static String need(LedgerEntry entry) {
    return need(entry.attributes().consentRequired());
  }

  private static String need(boolean consentRequired) {
    return consentRequired ? "needs consent (purpose 1)" : "needs no consent (no purpose)";
  }

  private static JsonArray purposes(boolean consent) {
    JsonArray purposes = new JsonArray();
    if (consent) {
      purposes.add(1);
    }
    return purposes;
  }

  /** The cookie's domain as the ledger writes it (no leading dot), else the site's host. */
  private static Optional<String> domain(LedgerEntry entry, Optional<String> siteHost) {
    return entry.domain().isEmpty() ? siteHost : Optional.of(entry.domain());
  }

  /** The cookies one domain serves, and whether any of them needs consent. */
  private static final class DomainUse {
    private final TreeSet<String> names = new TreeSet<>();
    private boolean consent;

    void add(String name, boolean needsConsent) {
      names.add(name);
      consent |= needsConsent;
    }
  }

  /**
   * The TCF identifier of a cookie name: the name itself, unless a {@code *} stands inside it;
   * then the name up to and including that {@code *}, which covers every cookie the pattern
   * covers (and possibly more).
   */
  public static String identifier(String name) {
    for (int i = 1; i < name.length() - 1; i++) {
      if (name.charAt(i) == CookieNames.WILDCARD) {
        return name.substring(0, i + 1);
      }
    }
    return name;
  }

  /** The host of the site (a URL or a bare host name), if it has one. */
  static Optional<String> host(String site) {
    if (site == null) {
      return Optional.empty();
    }
    String url = site.trim();
    if (!url.contains("://")) {
      url = "https://" + url; // a bare host name such as "example.org"
    }
    try {
      return Optional.ofNullable(new URI(url).getHost());
    } catch (URISyntaxException notAUrl) {
      return Optional.empty();
    }
  }
}
