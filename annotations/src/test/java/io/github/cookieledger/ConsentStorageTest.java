package io.github.cookieledger;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The stored form of a choice: {@code 2.<revision>.<letters>.<seconds>.<id>}. */
class ConsentStorageTest {
  private static final String REVISION = "3f9a1c2e";
  private static final Duration LIFETIME = Duration.ofDays(180);
  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
  private static final Instant YESTERDAY = NOW.minus(Duration.ofDays(1));
  private static final String ID = "q8VhT3kZ0bYc1xWm2aP4Lg";
  private static final String BASE64URL =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private static Optional<Consent> read(String stored) {
    return Consent.read(stored, REVISION, LIFETIME, NOW);
  }

  static Stream<Consent> everyChoice() {
    return ConsentTest.everyChoice();
  }

  @ParameterizedTest
  @MethodSource("everyChoice")
  void formatThenReadGivesTheSameChoiceTimeAndId(Consent consent) {
    Consent made = consent.madeAt(YESTERDAY, ID);
    String stored = made.format(REVISION);

    assertEquals(Optional.of(made), read(stored));
    assertEquals(made, Consent.parse(stored, REVISION, LIFETIME, NOW));
    assertEquals(consent.granted(), read(stored).orElseThrow().granted());
    assertEquals(Optional.of(YESTERDAY), read(stored).orElseThrow().time());
    assertEquals(Optional.of(ID), read(stored).orElseThrow().id());
  }

  @Test
  void formatReadsAsVersionRevisionLettersSecondsAndId() {
    Instant time = Instant.ofEpochSecond(1_764_500_000L);
    assertEquals("2.3f9a1c2e.SM.1764500000." + ID,
        Consent.of(Category.MARKETING, Category.STATISTICS).madeAt(time, ID).format(REVISION));
    assertEquals("2.3f9a1c2e.FSM.1764500000." + ID, Consent.all().madeAt(time, ID).format(REVISION));
    assertEquals("2.3f9a1c2e..1764500000." + ID,
        Consent.necessaryOnly().madeAt(time, ID).format(REVISION));
  }

  @ParameterizedTest
  @MethodSource("everyChoice")
  void formatIsAValidCookieValue(Consent consent) {
    String stored = consent.madeAt(NOW).format(REVISION);
    CookieDefinition preferences = CookieDefinition.builder("cookies_preferences")
        .provider("Opendatasoft").purpose("To remember the visitor's cookie choice")
        .category(Category.NECESSARY).duration("P6M").build();

    assertTrue(stored.chars().allMatch(c -> RandomText.COOKIE_OCTETS.indexOf(c) >= 0), stored);
    assertTrue(preferences.setCookieHeader(stored).startsWith("cookies_preferences=" + stored + ";"));
  }

  @Test
  void madeAtKeepsWholeSecondsAndDrawsA128BitId() {
    Consent made = Consent.all().madeAt(NOW.plusMillis(999));
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      ids.add(Consent.all().madeAt(NOW).id().orElseThrow());
    }

    assertEquals(Optional.of(NOW), made.time());
    assertEquals(22, made.id().orElseThrow().length());
    assertEquals(1_000, ids.size());
    assertEquals(Optional.empty(), Consent.all().time());
    assertEquals(Optional.empty(), Consent.all().id());
  }

  @Test
  void formatDatesAnUndatedChoiceNow() {
    Instant before = Instant.now().minusSeconds(1);
    Consent read = Consent.read(Consent.all().format(REVISION), REVISION, LIFETIME, Instant.now())
        .orElseThrow();

    assertEquals(Consent.all().granted(), read.granted());
    assertTrue(!read.time().orElseThrow().isBefore(before.minusSeconds(1)));
    assertEquals(22, read.id().orElseThrow().length());
  }

  @Test
  void aChoiceCountsForItsLifetimeOnly() {
    Consent made = Consent.of(Category.STATISTICS).madeAt(NOW.minus(LIFETIME), ID);
    String justExpired = made.format(REVISION);
    String lastSecond = made.madeAt(NOW.minus(LIFETIME).plusSeconds(1), ID).format(REVISION);

    assertEquals(Optional.empty(), read(justExpired));
    assertSame(Consent.necessaryOnly(), Consent.parse(justExpired, REVISION, LIFETIME, NOW));
    assertTrue(read(lastSecond).isPresent());
    assertEquals(Optional.empty(), Consent.read(lastSecond, REVISION, Duration.ofDays(30), NOW));
  }

  @Test
  void aChoiceFromTheFutureCountsOnlyWithinClockSkew() {
    assertTrue(read(Consent.all().madeAt(NOW.plusSeconds(300), ID).format(REVISION)).isPresent());
    assertEquals(Optional.empty(),
        read(Consent.all().madeAt(NOW.plusSeconds(301), ID).format(REVISION)));
  }

  @Test
  void aChoiceMadeUnderAnotherRevisionIsForgotten() {
    String stored = Consent.all().madeAt(YESTERDAY, ID).format("00c0ffee");

    assertTrue(Consent.read(stored, "00c0ffee", LIFETIME, NOW).isPresent());
    assertEquals(Optional.empty(), read(stored));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.3f9a1c2e.FSM", "1.3f9a1c2e.", "1.3f9a1c2e.SM"})
  void aValueOfTheEarlierFormatIsNoChoice(String stored) {
    assertEquals(Optional.empty(), read(stored));
    assertSame(Consent.necessaryOnly(), Consent.parse(stored, REVISION, LIFETIME, NOW));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "", "garbage", "2", "2.", "2.3f9a1c2e", "2.3f9a1c2e.F", "2.3f9a1c2e.F.1764500000",
    "2.3f9a1c2e.F.1764500000.", "2.3f9a1c2e.F.1764500000.abcdefg", // id too short
    "2.3f9a1c2e.F.1764500000.abcdefgh=", "2.3f9a1c2e.F.1764500000.abcd.efgh",
    "2.3f9a1c2e.F.01764500000.abcdefgh", "2.3f9a1c2e.F.-1764500000.abcdefgh",
    "2.3f9a1c2e.F..abcdefgh", "2.3f9a1c2e.F.17645x0000.abcdefgh",
    "2.3f9a1c2e.F.9999999999999.abcdefgh", // 13 digits
    "2.3f9a1c2e.FF.1764500000.abcdefgh", "2.3f9a1c2e.MF.1764500000.abcdefgh",
    "2.3f9a1c2e.f.1764500000.abcdefgh", "2.3f9a1c2e.N.1764500000.abcdefgh",
    "2.3f9a1c2f.F.1764500000.abcdefgh", "3.3f9a1c2e.F.1764500000.abcdefgh",
    " 2.3f9a1c2e.F.1764500000.abcdefgh", "2.3f9a1c2e.F.1764500000.abcdefgh ",
    "\"2.3f9a1c2e.F.1764500000.abcdefgh\"", "2.3f9a1c2e.F.1764500000.abcdefgh\n",
    "2.3f9a1c2e.F.1764500000.abcdefgh\u00e9",
  })
  void anythingElseIsNoChoice(String stored) {
    Instant beforeTheValidOnes = Instant.ofEpochSecond(1_764_500_000L);

    assertEquals(Optional.empty(), Consent.read(stored, REVISION, LIFETIME, beforeTheValidOnes));
    assertSame(Consent.necessaryOnly(),
        Consent.parse(stored, REVISION, LIFETIME, beforeTheValidOnes));
  }

  @Test
  void theValidNeighbourOfTheMalformedValuesIsAChoice() {
    // so the cases above fail for the reason they name, not for their time
    assertTrue(Consent.read("2.3f9a1c2e.F.1764500000.abcdefgh", REVISION, LIFETIME,
        Instant.ofEpochSecond(1_764_500_000L)).isPresent());
  }

  @Test
  void missingArgumentsGiveNoChoice() {
    String stored = Consent.all().madeAt(YESTERDAY, ID).format(REVISION);

    assertEquals(Optional.empty(), Consent.read(null, REVISION, LIFETIME, NOW));
    assertEquals(Optional.empty(), Consent.read(stored, null, LIFETIME, NOW));
    assertEquals(Optional.empty(), Consent.read(stored, REVISION, null, NOW));
    assertEquals(Optional.empty(), Consent.read(stored, REVISION, LIFETIME, null));
    assertEquals(Optional.empty(), Consent.read(stored, REVISION, Duration.ofDays(-1), NOW));
    assertEquals(Optional.empty(), Consent.read("2..F.1764500000.abcdefgh", "", LIFETIME, NOW));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abcdefg", "abc.defgh", "abcdefgh=", "abc defgh", "\u00e9bcdefgh",
      "0123456789012345678901234567890123456789012345678901234567890123x"})
  void madeAtRefusesAnIdItCannotStore(String id) {
    assertThrows(IllegalArgumentException.class, () -> Consent.all().madeAt(NOW, id));
  }

  @Test
  void madeAtRefusesATimeItCannotStore() {
    assertThrows(IllegalArgumentException.class,
        () -> Consent.all().madeAt(Instant.ofEpochSecond(-1), ID));
    assertThrows(IllegalArgumentException.class,
        () -> Consent.all().madeAt(Instant.ofEpochSecond(1_000_000_000_000L), ID));
    assertThrows(NullPointerException.class, () -> Consent.all().madeAt(null, ID));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "3f9a.1c2e", "3f9a 1c2e", "r\u00e9v", "abc;", "a,b", "a\"b"})
  void formatRefusesARevisionThatIsNotLettersAndDigits(String revision) {
    assertThrows(IllegalArgumentException.class, () -> Consent.all().format(revision));
  }

  // ---------------------------------------------------------------- property test

  /** A dated choice with a random id of random length, made within the lifetime. */
  private static Consent randomChoice(RandomText random) {
    List<Consent> choices = everyChoice().toList();
    Consent consent = choices.get(random.nextInt(choices.size()));
    Instant time = NOW.minusSeconds(random.nextInt((int) LIFETIME.getSeconds()));
    return consent.madeAt(time, random.string(BASE64URL, 8, 64));
  }

  /**
   * 6,000 seeded values: valid ones, one to three random edits of a valid one, and random text
   * over the format's alphabet and over anything.
   */
  static Stream<String> randomStoredValues() {
    RandomText random = new RandomText(0xC0C5E47L);
    String nearAlphabet = "23.3f9a1c2eFSM0179" + BASE64URL.substring(0, 8) + RandomText.NON_TOKEN_CHARS;
    String anything = RandomText.COOKIE_OCTETS + RandomText.NON_TOKEN_CHARS;
    List<String> values = new ArrayList<>();
    for (int i = 0; i < 6_000; i++) {
      switch (i % 4) {
        case 0 -> values.add(randomChoice(random).format(REVISION));
        case 1 -> {
          String value = randomChoice(random).format(REVISION);
          for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            value = random.mutate(value, nearAlphabet);
          }
          values.add(value);
        }
        case 2 -> values.add(random.string(nearAlphabet, 0, 40));
        default -> values.add(random.string(anything, 0, 60));
      }
    }
    return values.stream();
  }

  @ParameterizedTest
  @MethodSource("randomStoredValues")
  void readNeverThrowsAndAcceptsOnlyWhatFormatWrites(String stored) {
    Optional<Consent> read = assertDoesNotThrow(() -> read(stored));
    Consent parsed = assertDoesNotThrow(() -> Consent.parse(stored, REVISION, LIFETIME, NOW));

    // round trip: whatever is read back formats to exactly the stored text
    read.ifPresent(consent -> assertEquals(stored, consent.format(REVISION)));
    assertEquals(read.orElse(Consent.necessaryOnly()), parsed);
    assertTrue(parsed.allows(Category.NECESSARY));
  }

  @Test
  void everyRandomChoiceRoundTrips() {
    RandomText random = new RandomText(0x5EED);
    for (int i = 0; i < 2_000; i++) {
      Consent made = randomChoice(random);
      assertEquals(Optional.of(made), read(made.format(REVISION)), made.toString());
    }
  }

  @Test
  void theRandomValuesHoldValidAndEditedOnes() {
    long valid = randomStoredValues().filter(value -> read(value).isPresent()).count();

    assertTrue(valid >= 1_500, "only " + valid + " valid values");
    assertNotEquals(6_000, valid);
  }
}
