package io.github.cookieledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cookieledger.CookieDuration.Unit;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CookieDurationTest {

  private static final long DAY = 86_400;

  /** Parsing must fail with exactly IllegalArgumentException (not a subclass such as NFE). */
  private static IllegalArgumentException refused(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CookieDuration.parse(text));
    assertEquals(IllegalArgumentException.class, e.getClass(), () -> "for " + text);
    assertTrue(e.getMessage().contains("\"" + text + "\""), e.getMessage());
    return e;
  }

  @ParameterizedTest
  @CsvSource({
    "P1Y,              31536000",
    "P13M,             33696000",
    "P2W,              1209600",
    "P30D,             2592000",
    "P1Y6M,            47088000",
    "PT30M,            1800",
    "PT36H,            129600",
    "PT90S,            90",
    "P1DT12H,          129600",
    "P1DT1H1M1S,       90061",
    "PT1H30M,          5400",
    "P400D,            34560000",
    "P01D,             86400",
    "P1Y2M3W4DT5H6M7S, 38898367",
  })
  void validFormsGiveTheirMaxAge(String text, long seconds) {
    CookieDuration duration = CookieDuration.parse(text);

    assertEquals(Optional.of(Duration.ofSeconds(seconds)), duration.maxAge());
    assertEquals(text, duration.text());
    assertEquals(text, duration.toString());
    assertFalse(duration.isSession());
  }

  @Test
  void monthsAndMinutesAreToldApartByTheTimePart() {
    assertEquals(Duration.ofDays(30), CookieDuration.parse("P1M").maxAge().orElseThrow());
    assertEquals(Duration.ofMinutes(1), CookieDuration.parse("PT1M").maxAge().orElseThrow());
  }

  @Test
  void sessionHasNoMaxAge() {
    CookieDuration session = CookieDuration.parse("session");

    assertTrue(session.isSession());
    assertEquals(Optional.empty(), session.maxAge());
    assertEquals("session", session.text());
    assertEquals(CookieDuration.session(), session);
    for (Unit unit : Unit.values()) {
      assertEquals(0, session.amount(unit), unit::name);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "P", "PT", "P1DT", "PT1", "P1", "T1H", "p1d", "P1d", "pT1H", "P-1D", "P+1D", "P1.5D",
        "P1,5D", "1D", "P1D2Y", "P1M1Y", "PT1S1M", "P1D1W", "P1H", "PT1D", "P1Y1Y", " P1D",
        "P1D ", "P 1D", "Session", "SESSION", "session ", "forever", "P1D\n", "P\u0661D",
        "P\uff11D", "-P1D", "PT-30M", "P1DT1H2",
      })
  void invalidFormsAreRefusedWithAHint(String text) {
    IllegalArgumentException e = refused(text);

    assertTrue(e.getMessage().contains("session"), e.getMessage());
    assertTrue(e.getMessage().contains("P13M"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"P0D", "PT0S", "P0Y0M0W0DT0H0M0S", "P00D"})
  void zeroIsRefused(String text) {
    assertTrue(refused(text).getMessage().contains("zero"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "P99999999999999999999D", // beyond long: Long.parseLong fails
        "P9223372036854775807Y", // multiplication overflows
        "P106751991167301D", // days x 86400 overflows
        "P1DT9223372036854775807S", // the sum overflows
        "PT9223372036854775807S1", // not even the right form, but huge
        "P100000000000000000000000000000000000000000000000000Y",
      })
  void hugeNumbersAreARefusalNotACrash(String text) {
    IllegalArgumentException e = refused(text);

    assertFalse(e.getMessage().isBlank());
  }

  @Test
  void theLargestRepresentableSecondsStillParse() {
    assertEquals(
        Duration.ofSeconds(Long.MAX_VALUE),
        CookieDuration.parse("PT9223372036854775807S").maxAge().orElseThrow());
  }

  @Test
  void nullIsANullPointer() {
    assertThrows(NullPointerException.class, () -> CookieDuration.parse(null));
  }

  @Test
  void amountGivesEachDeclaredUnit() {
    CookieDuration d = CookieDuration.parse("P1Y2M3W4DT5H6M7S");

    assertEquals(1, d.amount(Unit.YEARS));
    assertEquals(2, d.amount(Unit.MONTHS));
    assertEquals(3, d.amount(Unit.WEEKS));
    assertEquals(4, d.amount(Unit.DAYS));
    assertEquals(5, d.amount(Unit.HOURS));
    assertEquals(6, d.amount(Unit.MINUTES));
    assertEquals(7, d.amount(Unit.SECONDS));
  }

  @ParameterizedTest
  @EnumSource(Unit.class)
  void amountIsZeroForUndeclaredUnits(Unit declared) {
    String text = singleUnit(declared, 3);
    CookieDuration d = CookieDuration.parse(text);

    for (Unit unit : Unit.values()) {
      assertEquals(unit == declared ? 3 : 0, d.amount(unit), () -> text + " " + unit);
    }
    assertEquals(Duration.ofSeconds(3 * secondsOf(declared)), d.maxAge().orElseThrow());
  }

  private static String singleUnit(Unit unit, long amount) {
    switch (unit) {
      case YEARS: return "P" + amount + "Y";
      case MONTHS: return "P" + amount + "M";
      case WEEKS: return "P" + amount + "W";
      case DAYS: return "P" + amount + "D";
      case HOURS: return "PT" + amount + "H";
      case MINUTES: return "PT" + amount + "M";
      default: return "PT" + amount + "S";
    }
  }

  private static long secondsOf(Unit unit) {
    switch (unit) {
      case YEARS: return 365 * DAY;
      case MONTHS: return 30 * DAY;
      case WEEKS: return 7 * DAY;
      case DAYS: return DAY;
      case HOURS: return 3_600;
      case MINUTES: return 60;
      default: return 1;
    }
  }

  @Test
  void equalityIsByDeclaredText() {
    assertEquals(CookieDuration.parse("P1D"), CookieDuration.parse("P1D"));
    assertEquals(CookieDuration.parse("P1D").hashCode(), CookieDuration.parse("P1D").hashCode());
    assertNotEquals(CookieDuration.parse("P1D"), CookieDuration.parse("PT24H"));
    assertNotEquals(CookieDuration.parse("P1D"), "P1D");
  }

  @Test
  void browserLimitIs400Days() {
    assertEquals(Duration.ofDays(400), CookieDuration.BROWSER_LIMIT);
  }
}
