package io.github.cookieledger.processor.check;

import io.github.cookieledger.Category;
import io.github.cookieledger.CookieDuration;
import io.github.cookieledger.processor.known.KnownCookie;
import io.github.cookieledger.processor.known.KnownCookies;
import io.github.cookieledger.processor.model.CookieAttributes;
import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.tools.Diagnostic;

/**
 * Compares a declaration with what the Open Cookie Database knows about its name: a category the
 * platform does not use it for, or a lifetime shorter than the platform keeps it. Rows of one name
 * are alternatives (several platforms use {@code token}): only when every one disagrees is it a
 * finding. The party is never compared: a third party's cookie served through the site's own
 * domain (a proxied tag manager) is rightly first party.
 */
final class KnownCookieRule implements DurationAwareRule {
  /** Durations within 2 % agree: "1 year" (365 days) and P12M (360 days) mean the same. */
  private static final double SLACK = 1.02;
  private static final Set<String> MAY_BE_NECESSARY = Set.of("Necessary", "Security", "Functional");

  private final Diagnostic.Kind kind;
  private final Supplier<KnownCookies> database;
  private final CookieDuration maxConsentLifetime;

  /**
   * @param kind warning or error
   * @param database the database, loaded on first use
   * @param maxConsentLifetime the longest a cookie that needs consent may be declared
   */
  KnownCookieRule(Diagnostic.Kind kind, Supplier<KnownCookies> database,
      CookieDuration maxConsentLifetime) {
    this.kind = kind;
    this.database = database;
    this.maxConsentLifetime = maxConsentLifetime;
  }

  @Override
  public void check(Declaration d, Optional<CookieDuration> duration, List<Problem> problems) {
    CookieAttributes a = d.attributes();
    List<List<KnownCookie>> candidates = database.get().candidates(a.name());
    if (candidates.isEmpty() && a.known().isBlank()) {
      return; // most names: the database knows nothing to compare
    }
    List<List<KnownCookie>> groups = candidates.stream()
        .map(group -> group.stream().filter(row -> row.appliesTo(a.party(), a.domain())).toList())
        .filter(group -> !group.isEmpty()).toList();
    List<KnownCookie> wrongCategory = firstDisagreeing(groups, row -> !categoryFits(row, a.category()));
    long declared = duration.map(parsed -> parsed.maxAge().map(Duration::toSeconds).orElse(0L))
        .orElse(-1L);
    List<KnownCookie> keptLonger = declared < 0 ? List.of()
        : firstDisagreeing(groups, row -> row.retention().browserSeconds() > declared * SLACK);
    if (!a.known().isBlank()) {
      if (wrongCategory.isEmpty() && keptLonger.isEmpty()) {
        problems.add((groups.isEmpty() ? Message.KNOWN_EXCUSES_UNLISTED
            : Message.KNOWN_EXCUSES_AGREEING).at(d.location(), "known", a.name(), a.known()));
      }
      return; // the declaration explains why it differs
    }
    if (!wrongCategory.isEmpty()) {
      problems.add(new Problem(kind, Message.KNOWN_CATEGORY.text(a.name(), a.category(),
          rows(wrongCategory), wrongCategory.get(0).suggestedCategory()), d.location(), "category"));
    }
    if (!keptLonger.isEmpty()) {
      KnownCookie row = keptLonger.get(0);
      long limit = maxConsentLifetime.maxAge().orElseThrow().toSeconds();
      String text = a.consentRequired() && row.retention().browserSeconds() > limit
          ? Message.KNOWN_RETENTION_OVER_CONSENT.text(a.name(), a.duration(), rows(keptLonger),
              row.retention().describe(), maxConsentLifetime.text())
          : Message.KNOWN_RETENTION.text(a.name(), a.duration(), rows(keptLonger),
              row.retention().describe(), row.retention().declarable());
      problems.add(new Problem(kind, text, d.location(), "duration"));
    }
  }

  /**
   * The rows of the first group in which every row disagrees; empty when every group has a row
   * that agrees (or there is none).
   */
  private static List<KnownCookie> firstDisagreeing(List<List<KnownCookie>> groups,
      Predicate<KnownCookie> disagrees) {
    return groups.stream().filter(group -> group.stream().allMatch(disagrees)).findFirst()
        .orElse(List.of());
  }

  private static boolean categoryFits(KnownCookie row, Category declared) {
    return switch (row.category()) {
      case "Analytics" -> declared == Category.STATISTICS;
      case "Marketing" -> declared == Category.MARKETING;
      default -> declared != Category.NECESSARY || MAY_BE_NECESSARY.contains(row.category());
    };
  }

  /** "\"_ga\" as a Google Analytics cookie (Analytics: \"ID used to identify users\")". */
  private static String rows(List<KnownCookie> rows) {
    List<String> described = new ArrayList<>();
    for (KnownCookie row : rows) {
      described.add(row.platform() + " (" + row.category() + ": \"" + row.description() + "\")");
    }
    return "\"" + rows.get(0).name() + "\"" + (rows.get(0).isPattern() ? " (a pattern)" : "")
        + " as a cookie of " + String.join(" and of ", described);
  }
}
