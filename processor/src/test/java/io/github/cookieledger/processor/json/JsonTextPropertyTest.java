package io.github.cookieledger.processor.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonOutput} and {@link JsonInput} bypass the {@code Gson} object for speed; they must
 * write and read exactly what Gson's own path does. Seeded random trees with text from every
 * Unicode plane (lone surrogates, separators, HTML-significant characters, JSON nulls) are written
 * both ways and compared byte for byte, and read back both ways.
 */
class JsonTextPropertyTest {
  private static final long SEED = 20261201L;
  private static final int TREES = 300;
  private static final String HOSTILE = "\u2028\u2029\u0085\u0000\u001f\u007f\"\\/<>&='\ud800"
      + "\udfff\ud83d\ude00\ufeff\t\n";

  private static final Gson PRETTY_WITH_NULLS =
      new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();
  private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
      .create();
  private static final Gson HTML_SAFE = new Gson();

  @Test
  void writesWhatGsonWrites() {
    Random random = new Random(SEED);
    for (int i = 0; i < TREES; i++) {
      JsonElement tree = element(random, 0);
      assertEquals(PRETTY_WITH_NULLS.toJson(tree), JsonOutput.pretty(tree, JsonOutput.Nulls.WRITE));
      assertEquals(PRETTY.toJson(tree), JsonOutput.pretty(tree, JsonOutput.Nulls.OMIT));
      String text = text(random);
      assertEquals(HTML_SAFE.toJson(text), JsonOutput.htmlSafeLiteral(text));
    }
  }

  @Test
  void readsWhatGsonReads() {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < TREES; i++) {
      String json = JsonOutput.pretty(element(random, 0), JsonOutput.Nulls.WRITE);
      assertEquals(JsonParser.parseString(json), JsonInput.parse(json));
    }
    for (String lenient : List.of("", "  ", "null", "null garbage", "{a: 'b'}", "[1,,2]",
        "1e400", "-0", "\"\\u00e9\"", "// c\n[1]", "{\"a\":1,\"a\":2}")) {
      assertEquals(JsonParser.parseString(lenient), JsonInput.parse(lenient), lenient);
    }
  }

  @Test
  void refusesWhatGsonRefuses() {
    for (String bad : List.of("{", "[1 2", "{\"a\" 1}", "[1] [2]", "\"open", "]", "{\"a\":}",
        "[".repeat(300) + "]".repeat(300))) {
      assertThrows(JsonParseException.class, () -> JsonParser.parseString(bad), bad);
      assertThrows(JsonParseException.class, () -> JsonInput.parse(bad), bad);
    }
  }

  private static JsonElement element(Random random, int depth) {
    int kind = depth >= 4 ? random.nextInt(4) : random.nextInt(6);
    switch (kind) {
      case 0:
        return new JsonPrimitive(text(random));
      case 1:
        return random.nextBoolean() ? new JsonPrimitive(random.nextLong())
            : new JsonPrimitive(random.nextInt(1000) / 8.0);
      case 2:
        return new JsonPrimitive(random.nextBoolean());
      case 3:
        return JsonNull.INSTANCE;
      case 4:
        JsonArray array = new JsonArray();
        for (int i = random.nextInt(4); i > 0; i--) {
          array.add(element(random, depth + 1));
        }
        return array;
      default:
        JsonObject object = new JsonObject();
        for (int i = random.nextInt(5); i > 0; i--) {
          object.add(text(random), element(random, depth + 1));
        }
        return object;
    }
  }

  /** Text from every plane, with the characters JSON and HTML treat specially. */
  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(12); i > 0; i--) {
      if (random.nextInt(3) == 0) {
        text.append(HOSTILE.charAt(random.nextInt(HOSTILE.length())));
      } else {
        text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
      }
    }
    return text.toString();
  }
}
