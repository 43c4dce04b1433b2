package io.github.cookieledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The categories a visitor agreed to. {@link Category#NECESSARY} is always granted: those cookies
 * need no consent.
 *
 * <p>Keep the choice in a cookie (the seed's {@code cookies_preferences}) with {@link
 * #format(String)} and read it back with {@link #parse(String, String)}, passing the registry's
 * {@code REVISION}: when the policy changes what a visitor consents to, the old choice no longer
 * counts and the visitor is asked again.
 */
public final class Consent {
  private static final String FORMAT_VERSION = "1";
  private static final Consent NECESSARY_ONLY = new Consent(EnumSet.of(Category.NECESSARY));
  private static final Consent ALL = new Consent(EnumSet.allOf(Category.class));

  /** Every possible stored choice, by the bit set of granted category ordinals. */
  private static final List<Optional<Consent>> BY_GRANTED = everyChoice();

  private final Set<Category> granted;

  private Consent(EnumSet<Category> granted) {
    this.granted = Collections.unmodifiableSet(granted);
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

  /**
   * The choice as a cookie value, e.g. {@code 1.3f9a1c2e.FSM}: a format version, the revision it
   * was made under, and one letter per granted optional category (F functional, S statistics, M
   * marketing). It holds no comma, space, quote or semicolon.
   *
   * @param revision the registry's {@code REVISION}
   * @return the value to store
   * @throws IllegalArgumentException when the revision is not made of letters and digits
   */
  public String format(String revision) {
    requireRevision(revision);
    StringBuilder value = new StringBuilder(FORMAT_VERSION).append('.').append(revision).append('.');
    for (Category category : granted) {
      if (category != Category.NECESSARY) {
        value.append(letter(category));
      }
    }
    return value.toString();
  }

  /**
   * Reads a stored choice; anything else counts as necessary only.
   *
   * @param stored the stored value, may be null
   * @param revision the registry's current {@code REVISION}
   * @return the stored consent, or {@link #necessaryOnly()} for a missing or malformed value or a
   *     choice made under another revision; never throws
   */
  public static Consent parse(String stored, String revision) {
    return read(stored, revision).orElse(NECESSARY_ONLY);
  }

  /**
   * Reads a stored choice, telling "no valid choice" apart from "necessary only", e.g. to decide
   * whether to show the consent banner.
   *
   * @param stored the stored value, may be null
   * @param revision the registry's current {@code REVISION}
   * @return the consent, or empty for a missing or malformed value or another revision's choice
   */
  public static Optional<Consent> read(String stored, String revision) {
    if (stored == null || revision == null || revision.isEmpty() || revision.indexOf('.') >= 0) {
      return Optional.empty();
    }
    // "1.<revision>.<letters>", compared in place: read on every request, it allocates nothing
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
    for (int i = letters; i < stored.length(); i++) {
      Category category = category(stored.charAt(i));
      if (category == null || category.ordinal() <= previous) {
        return Optional.empty();
      }
      previous = category.ordinal();
      granted |= 1 << category.ordinal();
    }
    return BY_GRANTED.get(granted);
  }

  private static List<Optional<Consent>> everyChoice() {
    Category[] categories = Category.values();
    List<Optional<Consent>> choices = new ArrayList<>();
    for (int bits = 0; bits < 1 << categories.length; bits++) {
      EnumSet<Category> granted = EnumSet.of(Category.NECESSARY);
      for (Category category : categories) {
        if ((bits & 1 << category.ordinal()) != 0) {
          granted.add(category);
        }
      }
      choices.add(Optional.of(new Consent(granted)));
    }
    return Collections.unmodifiableList(choices);
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

  @Override
  public boolean equals(Object other) {
    return other instanceof Consent && ((Consent) other).granted.equals(granted);
  }

  @Override
  public int hashCode() {
    return granted.hashCode();
  }

  @Override
  public String toString() {
    return "Consent" + granted;
  }
}
