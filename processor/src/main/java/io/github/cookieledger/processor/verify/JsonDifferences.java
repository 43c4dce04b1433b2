package io.github.cookieledger.processor.verify;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import io.github.cookieledger.processor.json.JsonInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What differs between two {@code cookies.json}: cookies added, removed, and changed with the
 * fields that changed; then the top-level fields ({@code site}, {@code revision}, ...).
 */
final class JsonDifferences {
  private static final Pattern LINE_COLUMN = Pattern.compile("line \\d+ column \\d+");

  private JsonDifferences() {}

  /** " (line 1 column 5)" from the parser's message, without its advice to the library's users. */
  private static String where(Throwable invalid) {
    Matcher at = LINE_COLUMN.matcher(String.valueOf(invalid.getMessage()));
    return at.find() ? " (" + at.group() + ")" : "";
  }

  static List<String> between(String committed, String generated) {
    JsonObject fresh = JsonInput.parse(generated).getAsJsonObject();
    JsonObject old;
    try {
      JsonElement parsed = JsonInput.parse(committed);
      if (!parsed.isJsonObject() || !parsed.getAsJsonObject().has("cookies")
          || !parsed.getAsJsonObject().get("cookies").isJsonArray()) {
        return List.of("the committed file is not a cookies.json (no \"cookies\" list)");
      }
      old = parsed.getAsJsonObject();
    } catch (JsonParseException | IllegalStateException | StackOverflowError invalid) {
      return List.of("the committed file is not valid JSON" + where(invalid));
    }
    Map<String, JsonObject> oldCookies = byName(old.getAsJsonArray("cookies"));
    oldCookies.putAll(storageByName(old));
    Map<String, JsonObject> freshCookies = byName(fresh.getAsJsonArray("cookies"));
    freshCookies.putAll(storageByName(fresh));
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, JsonObject> cookie : freshCookies.entrySet()) {
      JsonObject before = oldCookies.get(cookie.getKey());
      if (before == null) {
        added.add(cookie.getKey());
      } else {
        List<String> fields = changedFields(before, cookie.getValue());
        if (!fields.isEmpty()) {
          changed.add(cookie.getKey() + " (" + PolicyVerifier.list(fields) + ")");
        }
      }
    }
    List<String> removed = new ArrayList<>();
    oldCookies.keySet().stream().filter(name -> !freshCookies.containsKey(name))
        .forEach(removed::add);
    List<String> lines = PolicyVerifier.summary(added, removed, changed);
    JsonObject oldTop = old.deepCopy();
    oldTop.remove("cookies");
    oldTop.remove("storage");
    JsonObject freshTop = fresh.deepCopy();
    freshTop.remove("cookies");
    freshTop.remove("storage");
    for (String field : changedFields(oldTop, freshTop)) {
      lines.add(field + ": committed " + oldTop.get(field) + ", now " + freshTop.get(field));
    }
    if (lines.isEmpty()) {
      lines.add("the same cookies and values, written differently (order or layout)");
    }
    return lines;
  }

  private static Map<String, JsonObject> byName(JsonArray cookies) {
    Map<String, JsonObject> byName = new LinkedHashMap<>();
    for (JsonElement cookie : cookies) {
      if (cookie.isJsonObject() && cookie.getAsJsonObject().has("name")) {
        byName.put(cookie.getAsJsonObject().get("name").getAsString(), cookie.getAsJsonObject());
      }
    }
    return byName;
  }

  /** The web storage entries, named by type and name ({@code localStorage theme}). */
  private static Map<String, JsonObject> storageByName(JsonObject root) {
    Map<String, JsonObject> byName = new LinkedHashMap<>();
    if (root.has("storage") && root.get("storage").isJsonArray()) {
      for (JsonElement entry : root.getAsJsonArray("storage")) {
        if (entry.isJsonObject() && entry.getAsJsonObject().has("name")
            && entry.getAsJsonObject().has("type")) {
          JsonObject object = entry.getAsJsonObject();
          byName.put(object.get("type").getAsString() + " " + object.get("name").getAsString(),
              object);
        }
      }
    }
    return byName;
  }

  /** Fields present in either object whose values differ, generated order first. */
  private static List<String> changedFields(JsonObject before, JsonObject after) {
    Set<String> fields = new LinkedHashSet<>(after.keySet());
    fields.addAll(before.keySet());
    List<String> changed = new ArrayList<>();
    for (String field : fields) {
      if (!Objects.equals(before.get(field), after.get(field))) {
        changed.add(field);
      }
    }
    return changed;
  }
}
