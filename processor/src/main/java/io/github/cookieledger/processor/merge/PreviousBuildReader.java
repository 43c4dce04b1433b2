package io.github.cookieledger.processor.merge;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.github.cookieledger.Category;
import io.github.cookieledger.Party;
import io.github.cookieledger.SameSite;
import io.github.cookieledger.StorageKind;
import io.github.cookieledger.processor.model.CookieAttributes;
import io.github.cookieledger.processor.model.RegistryName;
import io.github.cookieledger.processor.model.StorageAttributes;
import io.github.cookieledger.processor.write.JsonWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a previous {@code cookies.json} back (the format {@link JsonWriter} writes). Anything else
 * (bad JSON, another {@code format}, a missing or mistyped field) is refused with a reason: a
 * foreign file must never crash the build or smuggle in cookies.
 */
public final class PreviousBuildReader {
  private PreviousBuildReader() {}

  /** A previous file that cannot be used, and why. */
  public static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String reason) {
      super(reason, null, false, false);
    }
  }

  public static PreviousBuild read(String json) throws Unreadable {
    JsonElement parsed;
    try {
      parsed = JsonParser.parseString(json);
    } catch (JsonParseException | StackOverflowError e) {
      throw new Unreadable("it is not valid JSON");
    }
    JsonObject root = object(parsed, "the file");
    JsonElement format = root.get("format");
    if (format == null || !format.isJsonPrimitive() || !format.getAsJsonPrimitive().isNumber()
        || !format.getAsJsonPrimitive().getAsString().equals(String.valueOf(JsonWriter.FORMAT))) {
      throw new Unreadable("its \"format\" is " + format + ", not " + JsonWriter.FORMAT);
    }
    List<PreviousBuild.PreviousCookie> cookies = new ArrayList<>();
    JsonArray cookieArray = array(root, "cookies", "the file");
    for (int i = 0; i < cookieArray.size(); i++) {
      cookies.add(cookie(object(cookieArray.get(i), "cookie #" + (i + 1))));
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

  private static PreviousBuild.PreviousCookie cookie(JsonObject cookie) throws Unreadable {
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
    return new PreviousBuild.PreviousCookie(attributes, declaredBy);
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
