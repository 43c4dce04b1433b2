package io.github.cookieledger.processor.write;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.cookieledger.CookieNames;
import io.github.cookieledger.processor.model.Ledger;
import io.github.cookieledger.processor.model.LedgerEntry;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * {@code device-storage-disclosure.json}: the cookies as an IAB TCF "Device Storage Disclosure"
 * ({@code disclosures[]}), which consent management platforms load and may show to visitors.
 *
 * <ul>
 *   <li>{@code identifier}: the name. TCF allows {@code *} only at the start or the end, so a
 *       pattern with a {@code *} inside is widened to the text up to that {@code *} ({@code
 *       _pk_id.*.*} → {@code _pk_id.*}; see {@link #identifier}).
 *   <li>{@code maxAgeSeconds}: the lifetime, {@code 0} for a session cookie; {@code cookieRefresh}
 *       is {@code false} (a declaration does not say whether the cookie is refreshed).
 *   <li>{@code domains}: the declared domain, else the site's host, else left out.
 *   <li>{@code purposes}: {@code [1]} ("Store and/or access information on a device") exactly
 *       when the cookie needs consent; TCF reads an empty list as exempt.
 *   <li>{@code description}: the declared purpose.
 * </ul>
 */
public final class TcfWriter {
  private static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

  private TcfWriter() {}

  public static String write(Ledger ledger) {
    Optional<String> siteHost = host(ledger.policy().site());
    JsonArray disclosures = new JsonArray();
    for (LedgerEntry entry : ledger.cookies()) {
      JsonObject disclosure = new JsonObject();
      disclosure.addProperty("identifier", identifier(entry.name()));
      disclosure.addProperty("type", "cookie");
      Long maxAge = entry.maxAgeSeconds();
      disclosure.addProperty("maxAgeSeconds", maxAge == null ? 0L : maxAge);
      disclosure.addProperty("cookieRefresh", false);
      String declared = entry.attributes().domain();
      Optional<String> domain = declared.isEmpty() ? siteHost
          : Optional.of(declared.startsWith(".") ? declared.substring(1) : declared);
      domain.ifPresent(host -> {
        JsonArray domains = new JsonArray();
        domains.add(host);
        disclosure.add("domains", domains);
      });
      JsonArray purposes = new JsonArray();
      if (entry.attributes().consentRequired()) {
        purposes.add(1);
      }
      disclosure.add("purposes", purposes);
      disclosure.addProperty("description", entry.attributes().purpose());
      disclosures.add(disclosure);
    }
    JsonObject root = new JsonObject();
    root.add("disclosures", disclosures);
    return GSON.toJson(root) + "\n";
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
