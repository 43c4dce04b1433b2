package io.github.cookieledger.processor.spanning;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A previous build's {@code cookies.json} as an attacker or a bad merge leaves it: truncated, not
 * UTF-8, nested beyond reason, or well-formed JSON with values of the wrong type, hostile texts,
 * missing keys and copied entries.
 */
final class HostileJson {
  private final HostileText random;

  HostileJson(HostileText random) {
    this.random = random;
  }

  /** The bytes of a spoiled copy of {@code json}. */
  byte[] spoil(String json) {
    return switch (random.below(10)) {
      case 0 -> json.substring(0, random.below(json.length() + 1))
          .getBytes(StandardCharsets.UTF_8);
      case 1 -> new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', (byte) 0xFF, '}'};
      case 2 -> ("[".repeat(5_000) + "]".repeat(5_000)).getBytes(StandardCharsets.UTF_8);
      case 3 -> random.pick(List.of("", "null", "[]", "{}", "0", "\"\"", "{\"cookies\":null}"))
          .getBytes(StandardCharsets.UTF_8);
      default -> mutated(json).getBytes(StandardCharsets.UTF_8);
    };
  }

  /** Well-formed JSON with a few random changes deep inside. */
  private String mutated(String json) {
    JsonElement root = JsonParser.parseString(json);
    for (int n = 1 + random.below(4); n > 0; n--) {
      mutateOne(root);
    }
    return root.toString();
  }

  private void mutateOne(JsonElement root) {
    List<JsonElement> containers = new ArrayList<>();
    collectContainers(root, containers);
    JsonElement target = random.pick(containers);
    if (target instanceof JsonObject object && !object.keySet().isEmpty()) {
      String key = random.pick(new ArrayList<>(object.keySet()));
      switch (random.below(3)) {
        case 0 -> object.remove(key);
        case 1 -> object.add(key, anyValue(object.get(key)));
        default -> object.add(random.text(), anyValue(object.get(key)));
      }
    } else if (target instanceof JsonArray array && array.size() > 0) {
      int index = random.below(array.size());
      switch (random.below(3)) {
        case 0 -> array.remove(index);
        case 1 -> array.add(array.get(index).deepCopy()); // a duplicate entry
        default -> array.set(index, anyValue(array.get(index)));
      }
    }
  }

  private static void collectContainers(JsonElement element, List<JsonElement> into) {
    if (element.isJsonObject()) {
      into.add(element);
      for (Map.Entry<String, JsonElement> entry : element.getAsJsonObject().entrySet()) {
        collectContainers(entry.getValue(), into);
      }
    } else if (element.isJsonArray()) {
      into.add(element);
      element.getAsJsonArray().forEach(child -> collectContainers(child, into));
    }
  }

  /** A value of any JSON type, sometimes a variation of {@code original}. */
  private JsonElement anyValue(JsonElement original) {
    return switch (random.below(9)) {
      case 0 -> JsonNull.INSTANCE;
      case 1 -> new JsonPrimitive(random.text());
      case 2 -> new JsonPrimitive(new BigDecimal("1e400"));
      case 3 -> new JsonPrimitive(-1);
      case 4 -> new JsonPrimitive(random.oneIn(2));
      case 5 -> new JsonArray();
      case 6 -> new JsonObject();
      case 7 -> {
        JsonArray array = new JsonArray();
        array.add(original == null ? JsonNull.INSTANCE : original.deepCopy());
        yield array;
      }
      default -> new JsonPrimitive(random.pick(List.of("java.lang.Object", "fz.C0",
          "fz.C0#m1()", "fz.Missing", "NECESSARY", "P1Y", "x", "")));
    };
  }
}
