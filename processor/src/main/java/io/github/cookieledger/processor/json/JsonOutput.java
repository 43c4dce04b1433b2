package io.github.cookieledger.processor.json;

import com.google.gson.FormattingStyle;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * JSON text through Gson's streaming {@link JsonWriter}, which does the escaping, rather than
 * through a {@code Gson} object: building one initialises Gson's whole type-adapter table, about
 * 110 classes loaded and verified in every compilation for output the writer alone produces
 * byte for byte (the document goldens hold it to that).
 */
public final class JsonOutput {
  /** What a document does with a property whose value is JSON {@code null}. */
  public enum Nulls { WRITE, OMIT }

  private JsonOutput() {}

  /** A document indented by two spaces, as Gson's pretty printing writes it; not HTML-safe. */
  public static String pretty(JsonElement root, Nulls nulls) {
    StringWriter text = new StringWriter();
    JsonWriter out = new JsonWriter(text);
    out.setFormattingStyle(FormattingStyle.PRETTY);
    out.setHtmlSafe(false);
    out.setSerializeNulls(nulls == Nulls.WRITE);
    write(root, out);
    return text.toString();
  }

  /**
   * A JSON string literal holding exactly {@code text}, HTML-safe: {@code < > & = '} and
   * U+2028/U+2029 escaped as {@code \\uXXXX}.
   */
  public static String htmlSafeLiteral(String text) {
    StringWriter literal = new StringWriter();
    JsonWriter out = new JsonWriter(literal);
    out.setHtmlSafe(true);
    write(new JsonPrimitive(text), out);
    return literal.toString();
  }

  private static void write(JsonElement root, JsonWriter out) {
    try {
      element(root, out);
      out.flush();
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible); // a StringWriter does not fail
    }
  }

  private static void element(JsonElement value, JsonWriter out) throws IOException {
    if (value == null || value.isJsonNull()) {
      out.nullValue();
    } else if (value.isJsonPrimitive()) {
      primitive(value.getAsJsonPrimitive(), out);
    } else if (value.isJsonArray()) {
      out.beginArray();
      for (JsonElement item : value.getAsJsonArray()) {
        element(item, out);
      }
      out.endArray();
    } else {
      out.beginObject();
      for (Map.Entry<String, JsonElement> property : value.getAsJsonObject().entrySet()) {
        out.name(property.getKey());
        element(property.getValue(), out);
      }
      out.endObject();
    }
  }

  private static void primitive(JsonPrimitive value, JsonWriter out) throws IOException {
    if (value.isNumber()) {
      out.value(value.getAsNumber());
    } else if (value.isBoolean()) {
      out.value(value.getAsBoolean());
    } else {
      out.value(value.getAsString());
    }
  }
}
