package io.github.cookieledger.processor.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import io.github.cookieledger.Category;
import io.github.cookieledger.CookieDuration;
import io.github.cookieledger.Party;
import io.github.cookieledger.SameSite;
import io.github.cookieledger.StorageKind;
import io.github.cookieledger.processor.json.JsonInput;
import io.github.cookieledger.processor.json.JsonOutput;
import io.github.cookieledger.processor.merge.PreviousBuild;
import io.github.cookieledger.processor.model.CookieAttributes;
import io.github.cookieledger.processor.model.Ledger;
import io.github.cookieledger.processor.model.LedgerEntry;
import io.github.cookieledger.processor.model.RegistryName;
import io.github.cookieledger.processor.model.StorageAttributes;
import io.github.cookieledger.processor.model.StorageEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code META-INF/cookies/cookies.json}, the one home of its format (as Spring's {@code
 * MetadataStore} owns {@code spring-configuration-metadata.json}): it writes the file from the
 * ledger, reads it back for partial builds and for the scan of test sources, and owns {@link
 * #FORMAT} and the file's place.
 *
 * <p>The file lists every cookie, machine-readable, in the order of {@code all()}. Keys are written
 * in a fixed order so the file diffs well and is byte-identical across builds.
 */
public final class CookiesJson {
  /** The version of the file's layout; {@link #read} refuses other versions. */
  public static final int FORMAT = 1;

  /** The file's name among the documents. */
  public static final String FILE = "cookies.json";

  /** Where every document is written, in the class output and so in the jar. */
  public static final String FOLDER = "META-INF/cookies/";

  /** The file's path in the class output (and on the class path). */
  public static final String PATH = FOLDER + FILE;

  private CookiesJson() {}

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
    return escapeLoneSurrogates(JsonOutput.pretty(root, JsonOutput.Nulls.WRITE)) + "\n";
  }

  /**
   * A lone surrogate (a text cut inside an emoji, say) has no UTF-8 form: written as a {@code
   * \\uXXXX} escape, which JSON allows, it reads back exactly. Outside strings the file has none.
   */
  private static String escapeLoneSurrogates(String json) {
    char[] chars = json.toCharArray(); // one copy, then plain array reads for each character
    StringBuilder out = null;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (!Character.isSurrogate(c)) {
        if (out != null) {
          out.append(c);
        }
      } else if (Character.isHighSurrogate(c) && i + 1 < chars.length
          && Character.isLowSurrogate(chars[i + 1])) {
        if (out != null) {
          out.append(c).append(chars[i + 1]);
        }
        i++;
      } else {
        if (out == null) {
          out = new StringBuilder(chars.length + 16).append(chars, 0, i);
        }
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return out == null ? json : out.toString();
  }

  /**
   * One web storage entry as cookies.json writes it; the CSV renders the same values. Its {@code
   * type} is the storage's JavaScript name: {@code localStorage}, {@code sessionStorage} or {@code
   * indexedDB}.
   */
  public static JsonObject storage(StorageEntry entry) {
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
  public static JsonObject cookie(LedgerEntry entry) {
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
    cookie.addProperty("domain", entry.domain().isEmpty() ? null : entry.domain());
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

  /** A previous file that cannot be used, and why. */
  public static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String reason) {
      super(reason, null, false, false);
    }
  }

  /**
   * Reads a {@code cookies.json} back. Anything else (bad JSON, another {@code format}, a missing
   * or mistyped field, an unreadable duration) is refused with a reason: a foreign file must never
   * crash the build or smuggle in cookies.
   */
  public static PreviousBuild read(String json) throws Unreadable {
    JsonElement parsed;
    try {
      parsed = JsonInput.parse(json);
    } catch (JsonParseException | StackOverflowError e) {
      throw new Unreadable("it is not valid JSON");
    }
    JsonObject root = object(parsed, "the file");
    JsonElement format = root.get("format");
    if (format == null || !format.isJsonPrimitive() || !format.getAsJsonPrimitive().isNumber()
        || !format.getAsJsonPrimitive().getAsString().equals(String.valueOf(FORMAT))) {
      throw new Unreadable("its \"format\" is " + format + ", not " + FORMAT);
    }
    List<PreviousBuild.PreviousCookie> cookies = new ArrayList<>();
    JsonArray cookieArray = array(root, "cookies", "the file");
    for (int i = 0; i < cookieArray.size(); i++) {
      cookies.add(previousCookie(object(cookieArray.get(i), "cookie #" + (i + 1))));
    }
    List<PreviousBuild.PreviousStorage> storage = new ArrayList<>();
    if (root.has("storage")) { // absent in a file written before web storage was declared
      JsonArray storageArray = array(root, "storage", "the file");
      for (int i = 0; i < storageArray.size(); i++) {
        storage.add(storage(object(storageArray.get(i), "storage entry #" + (i + 1))));
      }
    }
    // names that reach the compiler are checked as a @CookiePolicy's would be: never trusted
    String registry = className(string(root, "registry", "the file"), "registry");
    List<String> includes = strings(root, "includes", "the file");
    for (String include : includes) {
      className(include, "includes");
    }
    return new PreviousBuild(nullableString(root, "site", "the file"), registry, includes,
        optionalString(root, "consentCookie", "", "the file"),
        optionalString(root, "consentLifetime", "P6M", "the file"), List.copyOf(cookies),
        List.copyOf(storage));
  }

  private static PreviousBuild.PreviousStorage storage(JsonObject entry) throws Unreadable {
    String where = entry.get("name") != null ? "storage entry " + entry.get("name")
        : "a storage entry";
    String type = string(entry, "type", where);
    StorageKind kind = null;
    for (StorageKind candidate : StorageKind.values()) {
      if (candidate.jsName().equals(type)) {
        kind = candidate;
      }
    }
    if (kind == null) {
      throw new Unreadable(where + " has the unknown type \"" + type + "\"");
    }
    StorageAttributes attributes = new StorageAttributes(
        string(entry, "name", where),
        kind,
        string(entry, "provider", where),
        string(entry, "purpose", where),
        constant(Category.class, string(entry, "category", where), where),
        string(entry, "function", where),
        constant(Party.class, string(entry, "party", where), where),
        bool(entry, "anonymized", where),
        string(entry, "constant", where));
    List<String> declaredBy = strings(entry, "declaredBy", where);
    if (declaredBy.isEmpty()) {
      throw new Unreadable(where + " has no \"declaredBy\"");
    }
    return new PreviousBuild.PreviousStorage(attributes, declaredBy);
  }

  private static String className(String name, String key) throws Unreadable {
    java.util.Optional<String> problem = RegistryName.problem(name);
    if (problem.isPresent()) {
      throw new Unreadable("its \"" + key + "\" names \"" + name + "\", which "
          + problem.get());
    }
    return name;
  }

  private static PreviousBuild.PreviousCookie previousCookie(JsonObject cookie)
      throws Unreadable {
    String where = cookie.get("name") != null ? "cookie " + cookie.get("name") : "a cookie";
    String domain = nullableString(cookie, "domain", where);
    CookieAttributes attributes = new CookieAttributes(
        string(cookie, "name", where),
        string(cookie, "provider", where),
        string(cookie, "purpose", where),
        constant(Category.class, string(cookie, "category", where), where),
        string(cookie, "function", where),
        constant(Party.class, string(cookie, "party", where), where),
        string(cookie, "duration", where),
        domain == null ? "" : domain,
        string(cookie, "path", where),
        bool(cookie, "secure", where),
        bool(cookie, "httpOnly", where),
        constant(SameSite.class, string(cookie, "sameSite", where), where),
        bool(cookie, "anonymized", where),
        optionalBool(cookie, "partitioned", where),
        string(cookie, "constant", where),
        optionalString(cookie, "known", "", where));
    List<String> declaredBy = strings(cookie, "declaredBy", where);
    if (declaredBy.isEmpty()) {
      throw new Unreadable(where + " has no \"declaredBy\"");
    }
    CookieDuration duration;
    try {
      duration = CookieDuration.parse(attributes.duration());
    } catch (IllegalArgumentException invalid) {
      throw new Unreadable(where + " has the unreadable \"duration\" \"" + attributes.duration()
          + "\"");
    }
    return new PreviousBuild.PreviousCookie(attributes, duration, declaredBy);
  }

  private static JsonObject object(JsonElement element, String where) throws Unreadable {
    if (element == null || !element.isJsonObject()) {
      throw new Unreadable(where + " is not a JSON object");
    }
    return element.getAsJsonObject();
  }

  private static JsonArray array(JsonObject object, String key, String where) throws Unreadable {
    JsonElement value = object.get(key);
    if (value == null || !value.isJsonArray()) {
      throw new Unreadable(where + " has no \"" + key + "\" array");
    }
    return value.getAsJsonArray();
  }

  private static List<String> strings(JsonObject object, String key, String where)
      throws Unreadable {
    List<String> strings = new ArrayList<>();
    for (JsonElement item : array(object, key, where)) {
      if (!isString(item)) {
        throw new Unreadable(where + " lists something other than a string in \"" + key + "\"");
      }
      strings.add(item.getAsString());
    }
    return List.copyOf(strings);
  }

  private static String string(JsonObject object, String key, String where) throws Unreadable {
    JsonElement value = object.get(key);
    if (!isString(value)) {
      throw new Unreadable(where + " has no string \"" + key + "\"");
    }
    return value.getAsString();
  }

  private static String nullableString(JsonObject object, String key, String where)
      throws Unreadable {
    JsonElement value = object.get(key);
    if (value != null && value.isJsonNull()) {
      return null;
    }
    return string(object, key, where);
  }

  /** A key files written before it existed lack: then the annotation's default. */
  private static String optionalString(JsonObject object, String key, String absent, String where)
      throws Unreadable {
    JsonElement value = object.get(key);
    return value == null || value.isJsonNull() ? absent : string(object, key, where);
  }

  /** A boolean added after the format's first release: absent reads as false. */
  private static boolean optionalBool(JsonObject object, String key, String where)
      throws Unreadable {
    return object.get(key) != null && bool(object, key, where);
  }

  private static boolean bool(JsonObject object, String key, String where) throws Unreadable {
    JsonElement value = object.get(key);
    if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
      throw new Unreadable(where + " has no boolean \"" + key + "\"");
    }
    return value.getAsBoolean();
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String value, String where)
      throws Unreadable {
    for (E candidate : type.getEnumConstants()) {
      if (candidate.name().equals(value)) {
        return candidate;
      }
    }
    throw new Unreadable(where + " has the unknown " + type.getSimpleName() + " \""
        + value + "\"");
  }

  private static boolean isString(JsonElement value) {
    return value != null && value.isJsonPrimitive() && ((JsonPrimitive) value).isString();
  }
}
