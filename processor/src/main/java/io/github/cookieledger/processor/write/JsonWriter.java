package io.github.cookieledger.processor.write;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.cookieledger.processor.model.CookieAttributes;
import io.github.cookieledger.processor.model.Ledger;
import io.github.cookieledger.processor.model.LedgerEntry;
import io.github.cookieledger.processor.model.StorageAttributes;
import io.github.cookieledger.processor.model.StorageEntry;

/**
 * {@code cookies.json}: every cookie, machine-readable, in the order of {@code all()}. Keys are
 * written in a fixed order so the file diffs well and is byte-identical across builds.
 */
public final class JsonWriter {
  /** The version of the file's layout; readers refuse other versions. */
  public static final int FORMAT = 1;

  private static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

  private JsonWriter() {}

  public static String write(Ledger ledger) {
    JsonObject root = new JsonObject();
    root.addProperty("format", FORMAT);
    root.addProperty("site", ledger.policy().site());
    root.addProperty("registry", ledger.policy().registry());
    root.addProperty("revision", ledger.revision());
    String consentCookie = ledger.policy().consentCookie();
    root.addProperty("consentCookie", consentCookie.isEmpty() ? null : consentCookie);
    root.addProperty("consentLifetime", ledger.policy().consentLifetime().text());
    JsonArray includes = new JsonArray();
    ledger.policy().includes().forEach(includes::add);
    root.add("includes", includes);
    JsonArray cookies = new JsonArray();
    for (LedgerEntry entry : ledger.cookies()) {
      cookies.add(cookie(entry));
    }
    root.add("cookies", cookies);
    JsonArray storage = new JsonArray();
    for (StorageEntry entry : ledger.storage()) {
      storage.add(storage(entry));
    }
    root.add("storage", storage);
    return escapeLoneSurrogates(GSON.toJson(root)) + "\n";
  }

  /**
   * A lone surrogate (a text cut inside an emoji, say) has no UTF-8 form: written as a {@code
   * \\uXXXX} escape, which JSON allows, it reads back exactly. Outside strings the file has none.
   */
  private static String escapeLoneSurrogates(String json) {
    StringBuilder out = null;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < json.length()
          && Character.isLowSurrogate(json.charAt(i + 1));
      if (paired) {
        if (out != null) {
          out.append(c).append(json.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(json.length() + 16).append(json, 0, i);
        }
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? json : out.toString();
  }

  /**
   * One web storage entry as cookies.json writes it; the CSV renders the same values. Its {@code
   * type} is the storage's JavaScript name: {@code localStorage}, {@code sessionStorage} or {@code
   * indexedDB}.
   */
  static JsonObject storage(StorageEntry entry) {
    StorageAttributes a = entry.attributes();
    JsonObject storage = new JsonObject();
    storage.addProperty("name", a.name());
    storage.addProperty("pattern", entry.pattern());
    storage.addProperty("type", a.kind().jsName());
    storage.addProperty("constant", a.constant());
    storage.addProperty("provider", a.provider());
    storage.addProperty("function", a.function());
    storage.addProperty("purpose", a.purpose());
    storage.addProperty("category", a.category().name());
    storage.addProperty("party", a.party().name());
    storage.addProperty("anonymized", a.anonymized());
    storage.addProperty("consentRequired", a.consentRequired());
    JsonArray declaredBy = new JsonArray();
    entry.declaredBy().forEach(declaredBy::add);
    storage.add("declaredBy", declaredBy);
    return storage;
  }

  /** One cookie as cookies.json writes it; the CSV renders the same values. */
  static JsonObject cookie(LedgerEntry entry) {
    CookieAttributes a = entry.attributes();
    JsonObject cookie = new JsonObject();
    cookie.addProperty("name", a.name());
    cookie.addProperty("pattern", entry.pattern());
    cookie.addProperty("constant", a.constant());
    cookie.addProperty("provider", a.provider());
    cookie.addProperty("function", a.function());
    cookie.addProperty("purpose", a.purpose());
    cookie.addProperty("category", a.category().name());
    cookie.addProperty("party", a.party().name());
    cookie.addProperty("duration", a.duration());
    cookie.addProperty("maxAgeSeconds", entry.maxAgeSeconds());
    cookie.addProperty("domain", a.domain().isEmpty() ? null : a.domain());
    cookie.addProperty("path", a.path());
    cookie.addProperty("secure", a.secure());
    cookie.addProperty("httpOnly", a.httpOnly());
    cookie.addProperty("sameSite", a.sameSite().name());
    cookie.addProperty("partitioned", a.partitioned());
    cookie.addProperty("anonymized", a.anonymized());
    cookie.addProperty("consentRequired", a.consentRequired());
    cookie.addProperty("known", a.known().isEmpty() ? null : a.known());
    JsonArray declaredBy = new JsonArray();
    entry.declaredBy().forEach(declaredBy::add);
    cookie.add("declaredBy", declaredBy);
    return cookie;
  }
}
