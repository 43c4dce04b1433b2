package io.github.cookieledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 10.4 at run time: no message carries a raw control, separator or bidi character. */
class MessageTextTest {

  /** Every character issue 10.4 names, and a lone surrogate of each kind. */
  static IntStream unsafe() {
    return IntStream.of(0x00, 0x09, 0x0a, 0x0d, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9f, 0x061c,
        0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067,
        0x2068, 0x2069, 0xd800, 0xdfff);
  }

  @ParameterizedTest
  @MethodSource("unsafe")
  void unsafeCharactersAreWrittenAsTheirCodePoint(int c) {
    String escaped = MessageText.escape("a" + (char) c + "b");

    assertEquals("a" + String.format("U+%04X", c) + "b", escaped);
  }

  @Test
  void printableTextStaysAsItIsWithoutCopying() {
    String text = "caf\u00e9 \u20ac \uD83D\uDE00 <b> \"q\" \\";
    assertSame(text, MessageText.escape(text));
  }

  @Test
  void aPairedSurrogateIsOneCodePointAndStays() {
    assertEquals("x\uD83D\uDE00U+000A", MessageText.escape("x\uD83D\uDE00\n"));
    assertEquals("U+1F600", MessageText.codePoint(0x1F600));
  }

  @Test
  void randomTextNeverKeepsAnUnsafeCharacter() {
    Random random = new Random(10_4);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(20); i > 0; i--) {
        text.append((char) (random.nextBoolean() ? random.nextInt(0x30) : random.nextInt(0x10000)));
      }
      String escaped = MessageText.escape(text.toString());
      escaped.codePoints().forEach(cp -> assertFalse(MessageText.isUnsafe(cp), escaped));
    }
  }

  // ---------------------------------------------------------------- CookieDefinition's errors

  @ParameterizedTest
  @ValueSource(strings = {"a\nInjected: 1", "a\rb", "a\u2028b", "a\u202eb", "a\u0085b", "a\u0000b"})
  void aRefusedNameIsQuotedWithoutRawControls(String name) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CookieDefinition.builder(name));
    assertPrintable(e.getMessage());
  }

  @Test
  void aCharacterOutsideTheBmpIsNamedByItsCodePoint() {
    IllegalArgumentException name =
        assertThrows(IllegalArgumentException.class, () -> CookieDefinition.builder("a\uD83D\uDE00"));
    assertTrue(name.getMessage().contains("U+1F600"), name.getMessage());
    assertFalse(name.getMessage().contains("U+D83D"), name.getMessage());

    CookieDefinition sid = CookieDefinition.builder("sid").provider("p").purpose("q")
        .category(Category.NECESSARY).build();
    IllegalArgumentException value =
        assertThrows(IllegalArgumentException.class, () -> sid.setCookieHeader("v\uD83D\uDE00"));
    assertTrue(value.getMessage().contains("U+1F600"), value.getMessage());
    assertTrue(CookieNames.problem("x\uD83D\uDE00").orElseThrow().contains("U+1F600"));
  }

  @Test
  void aConcreteNameThatIsNotCoveredIsQuotedWithoutRawControls() {
    CookieDefinition ga = CookieDefinition.builder("_ga_*").provider("p").purpose("q")
        .category(Category.STATISTICS).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ga.setCookieHeader("x\r\nSet-Cookie: a=b", "v"));
    assertPrintable(e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/a\u202eb;", "/\u2028"})
  void aRefusedPathIsQuotedWithoutRawControls(String path) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CookieDefinition.builder("sid").path(path));
    assertPrintable(e.getMessage());
  }

  // ---------------------------------------------------------------- issue 10.6 at run time

  @ParameterizedTest
  @ValueSource(strings = {"/caf\u00e9", "/\u00a0", "/\uD83D\uDE00", "/a\u0080"})
  void aNonAsciiPathIsRefused(String path) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CookieDefinition.builder("sid").path(path));
    assertTrue(e.getMessage().contains("ASCII"), e.getMessage());
    int at = path.chars().takeWhile(c -> c < 0x80).toArray().length;
    assertTrue(e.getMessage().contains("position " + (at + 1)), e.getMessage());
  }

  @Test
  void aLeadingDotOfTheDomainIsDroppedFromTheHeader() {
    CookieDefinition sid = CookieDefinition.builder("sid").provider("p").purpose("q")
        .category(Category.NECESSARY).domain(".example.org").build();
    assertEquals("example.org", sid.domain());
    assertTrue(sid.setCookieHeader("v").contains("; Domain=example.org;"),
        sid.setCookieHeader("v"));
  }

  private static void assertPrintable(String message) {
    message.codePoints().forEach(cp -> assertFalse(MessageText.isUnsafe(cp),
        () -> "raw " + MessageText.codePoint(cp) + " in: " + MessageText.escape(message)));
  }
}
