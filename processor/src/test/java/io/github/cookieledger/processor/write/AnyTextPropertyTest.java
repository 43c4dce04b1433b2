package io.github.cookieledger.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.cookieledger.Category;
import io.github.cookieledger.CookieDefinition;
import io.github.cookieledger.processor.testing.Compile;
import io.github.cookieledger.processor.testing.Compiled;
import io.github.cookieledger.processor.testing.TestCompiler;
import io.github.cookieledger.processor.testing.LoadedRegistry;
import io.github.cookieledger.processor.testing.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10.1, any text compiles: seeded random text from every Unicode plane, with what breaks
 * generated Java most often (line and paragraph separators, NEL, controls, bidi controls, lone and
 * paired surrogates, comment ends, backslashes, unicode-escape look-alikes, JavaPoet's format
 * tokens), in every free-text attribute of many cookies. The registry must compile, and every
 * value must come back exactly through the registry and through {@code cookies.json}.
 */
class AnyTextPropertyTest {
  private static final long SEED = 20261130L;
  private static final int ROUNDS = 3;
  private static final int COOKIES = 15;
  private static final String HOSTILE = "\u2028\u2029\u0085\u0000\u0001\u0007\t\n\r\u000b\u000c"
      + "\u001b\u007f\u0080\u009f\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068"
      + "\u2069\ufeff\ud800\udbff\udc00\udfff\"'\\*/@{}<>&$";
  private static final String[] FRAGMENTS = {
    "*/", "/*", "/**", "\\u000a", "\\u0022", "\\u002a/", "\\\\u", "$S", "$L", "$T", "$N", "$$",
    "$>", "$<", "$W", "{@code x}", "@return", "<!--", "\ud83d\ude00", "\ud800x", "x\udc00"
  };

  @Test
  void everyTextComesBackExactly(@TempDir Path temp) {
    Random random = new Random(SEED);
    for (int round = 0; round < ROUNDS; round++) {
      Map<String, Map<String, String>> declared = new HashMap<>();
      List<String> cookies = new ArrayList<>();
      for (int i = 0; i < COOKIES; i++) {
        String name = "c" + round + "_" + i;
        Map<String, String> texts = Map.of(
            "provider", "P" + text(random),
            "purpose", "P" + (round == 0 && i == 0 ? longText(random) : text(random)),
            "function", text(random));
        declared.put(name, texts);
        cookies.add("name = \"" + name + "\"\n"
            + texts.entrySet().stream().map(t -> t.getKey() + " = " + Source.literal(t.getValue()))
                .collect(Collectors.joining("\n"))
            + "\ncategory = Category." + Category.values()[random.nextInt(4)]);
      }
      Path root = temp.resolve("round" + round);
      Compiled output = TestCompiler.JAVAC.compileOnDisk(root, List.of(),
          List.of(Source.cookies("com.example.Texts", cookies.toArray(new String[0]))));
      final int r = round;
      assertTrue(output.success(), () -> "round " + r + ": " + output.log());
      assertTrue(output.errors().isEmpty(), output::log);

      try (LoadedRegistry registry = new LoadedRegistry(output.classes(),
          "com.example.CookieRegistry")) {
        assertEquals(COOKIES, registry.all().size());
        for (Map.Entry<String, Map<String, String>> cookie : declared.entrySet()) {
          CookieDefinition definition = registry.find(cookie.getKey()).orElseThrow();
          Map<String, String> texts = cookie.getValue();
          assertEquals(esc(texts.get("provider")), esc(definition.provider()), cookie.getKey());
          assertEquals(esc(texts.get("purpose")), esc(definition.purpose()), cookie.getKey());
          assertEquals(esc(texts.get("function")), esc(definition.function()), cookie.getKey());
          assertSame(definition, registry.field(cookie.getKey().toUpperCase(java.util.Locale.ROOT)));
        }
      }

      JsonObject json = JsonParser.parseString(output.resource(Compile.JSON).orElseThrow())
          .getAsJsonObject();
      int seen = 0;
      for (JsonElement element : json.getAsJsonArray("cookies")) {
        JsonObject cookie = element.getAsJsonObject();
        Map<String, String> texts = declared.get(cookie.get("name").getAsString());
        for (String attribute : texts.keySet()) {
          assertEquals(texts.get(attribute), cookie.get(attribute).getAsString(),
              cookie.get("name") + "." + attribute + " in cookies.json");
        }
        seen++;
      }
      assertEquals(COOKIES, seen);
    }
  }

  /** A text with every char outside printable ASCII as {@code <xxxx>}: failures stay readable. */
  private static String esc(String text) {
    StringBuilder shown = new StringBuilder();
    text.chars().forEach(c -> shown.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c)
        : String.format(java.util.Locale.ROOT, "<%04x>", c)));
    return shown.toString();
  }

  /** Up to 40 characters from every plane, hostile ones and fragments often. */
  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    int parts = random.nextInt(40);
    for (int i = 0; i < parts; i++) {
      switch (random.nextInt(6)) {
        case 0 -> text.append(HOSTILE.charAt(random.nextInt(HOSTILE.length())));
        case 1 -> text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        case 2 -> text.append((char) (0x20 + random.nextInt(0x5f)));
        case 3 -> text.append((char) random.nextInt(0x10000));
        default -> text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
      }
    }
    return text.toString();
  }

  /** A text longer than one chunk of the registry's table, within a class file's limit. */
  private static String longText(Random random) {
    return "\u20ac".repeat(15_000) + text(random) + "\u00e9".repeat(5_000);
  }
}
