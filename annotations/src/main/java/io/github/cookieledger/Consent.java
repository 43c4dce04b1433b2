package io.github.cookieledger;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The categories a visitor agreed to. {@link Category#NECESSARY} is always granted: those cookies
 * need no consent.
 *
 * <p>Keep the choice in a cookie (the seed's {@code cookies_preferences}) with {@link
 * #format(String)} and read it back with {@link #read(String, String, Duration, Instant)}, passing
 * the registry's
 * {@code REVISION} and {@code consentLifetime()}: when the policy changes what a visitor consents
 * to, or the choice is older than the lifetime, it no longer counts and the visitor is asked again.
 * A stored choice carries the time it was made and a random id, the proof a consent log keys on.
 */
public final class Consent {
  private static final String FORMAT_VERSION = "2";
  /** A choice dated later than now by more than this (clock skew between servers) is no choice. */
  private static final long FUTURE_TOLERANCE_SECONDS = 300;
  private static final int ID_BYTES = 16;
  private static final int MIN_ID_LENGTH = 8;
  private static final int MAX_ID_LENGTH = 64;
  private static final int MAX_SECONDS_DIGITS = 12;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Consent NECESSARY_ONLY = new Consent(EnumSet.of(Category.NECESSARY));
  private static final Consent ALL = new Consent(EnumSet.allOf(Category.class));

  /** Every possible set of granted categories, by its bit set of category ordinals. */
  private static final List<Set<Category>> BY_GRANTED = everyChoice();

  private static final Map<String, Category> GOOGLE_CONSENT_TYPES = googleTypes();

  private final Set<Category> granted;
  /** When the visitor made the choice, whole seconds; null until {@link #madeAt}. */
  private final Instant time;
  /** The choice's random id, the proof's key in a consent log; null until {@link #madeAt}. */
  private final String id;

  private Consent(EnumSet<Category> granted) {
    this(Collections.unmodifiableSet(granted), null, null);
  }

  private Consent(Set<Category> granted, Instant time, String id) {
    this.granted = granted;
    this.time = time;
    this.id = id;
  }

  /** @return consent to nothing but the necessary cookies */
  public static Consent necessaryOnly() {
    return NECESSARY_ONLY;
  }

  /** @return consent to every category */
  public static Consent all() {
    return ALL;
  }

  /**
   * @param categories the categories granted (necessary is added)
   * @return the consent
   */
  public static Consent of(Category... categories) {
    EnumSet<Category> granted = EnumSet.of(Category.NECESSARY);
    for (Category category : categories) {
      granted.add(Objects.requireNonNull(category, "category"));
    }
    return new Consent(granted);
  }

  /** @return the granted categories, necessary included, in category order */
  public Set<Category> granted() {
    return granted;
  }

  /**
   * @param category a category
   * @return whether the visitor granted it
   */
  public boolean allows(Category category) {
    return granted.contains(category);
  }

  /**
   * Whether a cookie may be set: true for every cookie that needs no consent, else whether its
   * category was granted.
   *
   * @param cookie the cookie
   * @return whether it may be set
   */
  public boolean allows(CookieDefinition cookie) {
    return !cookie.requiresConsent() || granted.contains(cookie.category());
  }

  /** @return when the visitor made this choice (whole seconds), empty before {@link #madeAt} */
  public Optional<Instant> time() {
    return Optional.ofNullable(time);
  }

  /** @return the random id of this choice, empty before {@link #madeAt} */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /**
   * Whether a page may write a web storage entry: true for every entry that needs no consent, else
   * whether its category was granted.
   *
   * @param storage the declared storage
   * @return whether it may be written
   */
  public boolean allows(StorageDefinition storage) {
    return !storage.requiresConsent() || granted.contains(storage.category());
  }

  /**
   * The choice as Google Consent Mode v2 states, for a page's {@code gtag('consent', 'default',
   * ...)}: {@code analytics_storage} from {@link Category#STATISTICS}; {@code ad_storage}, {@code
   * ad_user_data} and {@code ad_personalization} from {@link Category#MARKETING}; {@code
   * functionality_storage} and {@code personalization_storage} from {@link Category#FUNCTIONAL};
   * {@code security_storage} always granted. The generated banner configurations send the same
   * map with {@code gtag('consent', 'update', ...)}.
   *
   * @return {@code "granted"} or {@code "denied"} by consent type, in that order, immutable
   */
  public Map<String, String> googleConsentMode() {
    Map<String, String> states = new LinkedHashMap<>();
    GOOGLE_CONSENT_TYPES.forEach((type, category) ->
        states.put(type, granted.contains(category) ? "granted" : "denied"));
    return Collections.unmodifiableMap(states);
  }

  /**
   * The category behind each Google Consent Mode v2 consent type ({@code security_storage} is
   * {@link Category#NECESSARY}, so always granted): the one table the server ({@link
   * #googleConsentMode()}) and the generated banner configurations share.
   *
   * @return the category by consent type, immutable, in a fixed order
   */
  public static Map<String, Category> googleConsentTypes() {
    return GOOGLE_CONSENT_TYPES;
  }

  /**
   * This choice as a visitor made it at a time, with a new random id (128 bits, Base64url).
   *
   * @param time when the choice was made; kept to the second
   * @return the dated choice
   */
  public Consent madeAt(Instant time) {
    byte[] random = new byte[ID_BYTES];
    RANDOM.nextBytes(random);
    return madeAt(time, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
  }

  /**
   * This choice with a given time and id, e.g. to restore one from a consent log.
   *
   * @param time when the choice was made; kept to the second, between 1970 and the year 33658
   * @param id 8 to 64 characters {@code A-Z a-z 0-9 - _}
   * @return the dated choice
   * @throws IllegalArgumentException when the time or the id cannot be stored
   */
  public Consent madeAt(Instant time, String id) {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(id, "id");
    long seconds = time.getEpochSecond();
    if (seconds < 0 || Long.toString(seconds).length() > MAX_SECONDS_DIGITS) {
      throw new IllegalArgumentException("time " + time + " is outside 1970 to year 33658");
    }
    if (!isId(id, 0, id.length())) {
      throw new IllegalArgumentException("id '" + id + "' must be " + MIN_ID_LENGTH + " to "
          + MAX_ID_LENGTH + " characters A-Z a-z 0-9 - _");
    }
    return new Consent(granted, Instant.ofEpochSecond(seconds), id);
  }

  /**
   * The choice as a cookie value, e.g. {@code 2.3f9a1c2e.SM.1764500000.q8VhT3kZ0bYc1xWm2aP4Lg}:
   * a format version, the revision it was made under, one letter per granted optional category
   * (F functional, S statistics, M marketing), the time it was made (seconds since 1970) and its
   * id. Only RFC 6265 cookie-octets: no comma, space, quote, semicolon or backslash.
   *
   * <p>A choice not yet dated ({@link #of}, {@link #all()}) is dated now with a new id; call
   * {@link #madeAt(Instant)} first to know the id you store (e.g. to log it).
   *
   * @param revision the registry's {@code REVISION}
   * @return the value to store
   * @throws IllegalArgumentException when the revision is not made of letters and digits
   */
  public String format(String revision) {
    requireRevision(revision);
    Consent dated = time == null ? madeAt(Instant.now()) : this;
    StringBuilder value = new StringBuilder(FORMAT_VERSION).append('.').append(revision).append('.');
    for (Category category : granted) {
      if (category != Category.NECESSARY) {
        value.append(letter(category));
      }
    }
    return value.append('.').append(dated.time.getEpochSecond()).append('.').append(dated.id)
        .toString();
  }

  /**
   * Reads a stored choice; anything else counts as necessary only.
   *
   * @param stored the stored value, may be null
   * @param revision the registry's current {@code REVISION}
   * @param lifetime how long a choice counts, the registry's {@code consentLifetime()}
   * @param now the current time
   * @return the stored consent, or {@link #necessaryOnly()} when {@link #read(String, String,
   *     Duration, Instant)} finds no valid choice; never throws
   */
  public static Consent parse(String stored, String revision, Duration lifetime, Instant now) {
    return read(stored, revision, lifetime, now).orElse(NECESSARY_ONLY);
  }

  /**
   * Reads a stored choice, telling "no valid choice" apart from "necessary only", e.g. to decide
   * whether to show the consent banner.
   *
   * @param stored the stored value, may be null
   * @param revision the registry's current {@code REVISION}
   * @param lifetime how long a choice counts, the registry's {@code consentLifetime()}
   * @param now the current time
   * @return the consent, or empty for a missing or malformed value (also every value of the
   *     earlier format without time and id), another revision's choice, a choice older than the
   *     lifetime or dated more than five minutes after now; never throws
   */
  public static Optional<Consent> read(
      String stored, String revision, Duration lifetime, Instant now) {
    if (stored == null || revision == null || revision.isEmpty() || revision.indexOf('.') >= 0
        || lifetime == null || now == null) {
      return Optional.empty();
    }
    // "2.<revision>.<letters>.<seconds>.<id>", compared in place
    int letters = FORMAT_VERSION.length() + revision.length() + 2;
    if (stored.length() < letters
        || !stored.startsWith(FORMAT_VERSION)
        || stored.charAt(FORMAT_VERSION.length()) != '.'
        || !stored.regionMatches(FORMAT_VERSION.length() + 1, revision, 0, revision.length())
        || stored.charAt(letters - 1) != '.') {
      return Optional.empty();
    }
    int granted = 0;
    int previous = -1;
    int i = letters;
    for (; i < stored.length() && stored.charAt(i) != '.'; i++) {
      Category category = category(stored.charAt(i));
      if (category == null || category.ordinal() <= previous) {
        return Optional.empty();
      }
      previous = category.ordinal();
      granted |= 1 << category.ordinal();
    }
    int secondsStart = i + 1;
    int secondsEnd = stored.indexOf('.', secondsStart);
    if (i >= stored.length() || secondsEnd < 0
        || !isSeconds(stored, secondsStart, secondsEnd)
        || !isId(stored, secondsEnd + 1, stored.length())) {
      return Optional.empty();
    }
    long seconds = Long.parseLong(stored, secondsStart, secondsEnd, 10);
    long age = now.getEpochSecond() - seconds;
    if (age < -FUTURE_TOLERANCE_SECONDS || lifetime.isNegative() || age >= lifetime.getSeconds()) {
      return Optional.empty();
    }
    return Optional.of(new Consent(BY_GRANTED.get(granted),
        Instant.ofEpochSecond(seconds), stored.substring(secondsEnd + 1)));
  }

  /** Decimal digits without a leading zero, at most {@value #MAX_SECONDS_DIGITS}. */
  private static boolean isSeconds(String text, int start, int end) {
    if (end <= start || end - start > MAX_SECONDS_DIGITS
        || (text.charAt(start) == '0' && end - start > 1)) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Base64url characters, {@value #MIN_ID_LENGTH} to {@value #MAX_ID_LENGTH} of them. */
  private static boolean isId(String text, int start, int end) {
    if (end - start < MIN_ID_LENGTH || end - start > MAX_ID_LENGTH) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-'
          || c == '_')) {
        return false;
      }
    }
    return true;
  }

  private static List<Set<Category>> everyChoice() {
    Category[] categories = Category.values();
    List<Set<Category>> choices = new ArrayList<>();
    for (int bits = 0; bits < 1 << categories.length; bits++) {
      EnumSet<Category> granted = EnumSet.of(Category.NECESSARY);
      for (Category category : categories) {
        if ((bits & 1 << category.ordinal()) != 0) {
          granted.add(category);
        }
      }
      choices.add(Collections.unmodifiableSet(granted));
    }
    return Collections.unmodifiableList(choices);
  }

  private static Map<String, Category> googleTypes() {
    Map<String, Category> types = new LinkedHashMap<>();
    types.put("ad_storage", Category.MARKETING);
    types.put("ad_user_data", Category.MARKETING);
    types.put("ad_personalization", Category.MARKETING);
    types.put("analytics_storage", Category.STATISTICS);
    types.put("functionality_storage", Category.FUNCTIONAL);
    types.put("personalization_storage", Category.FUNCTIONAL);
    types.put("security_storage", Category.NECESSARY);
    return Collections.unmodifiableMap(types);
  }

  private static void requireRevision(String revision) {
    Objects.requireNonNull(revision, "revision");
    if (revision.isEmpty() || !revision.chars().allMatch(Character::isLetterOrDigit)
        || !revision.chars().allMatch(c -> c < 0x80)) {
      throw new IllegalArgumentException(
          "revision '" + revision + "' must be ASCII letters and digits: pass CookieRegistry.REVISION");
    }
  }

  private static char letter(Category category) {
    switch (category) {
      case FUNCTIONAL:
        return 'F';
      case STATISTICS:
        return 'S';
      case MARKETING:
        return 'M';
      default:
        throw new IllegalArgumentException(category + " is always granted");
    }
  }

  private static Category category(char letter) {
    switch (letter) {
      case 'F':
        return Category.FUNCTIONAL;
      case 'S':
        return Category.STATISTICS;
      case 'M':
        return Category.MARKETING;
      default:
        return null;
    }
  }

  /** Equal when the same categories are granted, at the same time, with the same id. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Consent
        && ((Consent) other).granted.equals(granted)
        && Objects.equals(((Consent) other).time, time)
        && Objects.equals(((Consent) other).id, id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(granted, time, id);
  }

  @Override
  public String toString() {
    return "Consent" + granted + (time == null ? "" : " at " + time + " id " + id);
  }
}
