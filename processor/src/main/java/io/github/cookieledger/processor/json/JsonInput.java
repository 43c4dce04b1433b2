package io.github.cookieledger.processor.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonIOException;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSyntaxException;
import com.google.gson.Strictness;
import com.google.gson.internal.LazilyParsedNumber;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;

/**
 * JSON text read into Gson's tree through its streaming {@link JsonReader}, as {@code
 * JsonParser.parseString} reads it (lenient, the whole text one value, the same exceptions), but
 * without initialising Gson's type-adapter table (see {@link JsonOutput}). The reader's nesting
 * limit bounds the recursion.
 */
public final class JsonInput {
  private JsonInput() {}

  /**
   * The value the text holds; {@link JsonNull} for an empty text.
   *
   * @throws JsonParseException when the text is not JSON, or holds more than one value
   */
  public static JsonElement parse(String text) {
    JsonReader in = new JsonReader(new StringReader(text));
    in.setStrictness(Strictness.LENIENT);
    try {
      try {
        in.peek();
      } catch (EOFException empty) {
        return JsonNull.INSTANCE;
      }
      JsonElement value = value(in);
      // like JsonParser: a null may be followed by anything
      if (!value.isJsonNull() && in.peek() != JsonToken.END_DOCUMENT) {
        throw new JsonSyntaxException("Did not consume the entire document.");
      }
      return value;
    } catch (MalformedJsonException | EOFException | NumberFormatException malformed) {
      throw new JsonSyntaxException(malformed);
    } catch (IOException unreadable) {
      throw new JsonIOException(unreadable);
    }
  }

  private static JsonElement value(JsonReader in) throws IOException {
    switch (in.peek()) {
      case BEGIN_ARRAY:
        JsonArray array = new JsonArray();
        in.beginArray();
        while (in.hasNext()) {
          array.add(value(in));
        }
        in.endArray();
        return array;
      case BEGIN_OBJECT:
        JsonObject object = new JsonObject();
        in.beginObject();
        while (in.hasNext()) {
          String name = in.nextName();
          object.add(name, value(in));
        }
        in.endObject();
        return object;
      case STRING:
        return new JsonPrimitive(in.nextString());
      case NUMBER:
        return new JsonPrimitive(new LazilyParsedNumber(in.nextString()));
      case BOOLEAN:
        return new JsonPrimitive(in.nextBoolean());
      case NULL:
        in.nextNull();
        return JsonNull.INSTANCE;
      default:
        throw new JsonSyntaxException("Unexpected " + in.peek() + " at path " + in.getPath());
    }
  }
}
