package io.github.cookieledger.processor.model;

import io.github.cookieledger.Category;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The checked policy of a compilation: what every writer renders.
 *
 * @param policy site, registry name and includes
 * @param cookies every cookie, in category order, then by name
 * @param revision the consent revision (see {@link #revisionOf})
 */
public record Ledger(Policy policy, List<LedgerEntry> cookies, String revision) {

  /** Category order, then name: the order of {@code all()} and of every document. */
  public static final Comparator<LedgerEntry> POLICY_ORDER =
      Comparator.comparing((LedgerEntry e) -> e.attributes().category())
          .thenComparing(LedgerEntry::name);

  public static Ledger of(Policy policy, List<LedgerEntry> cookies) {
    List<LedgerEntry> sorted = new ArrayList<>(cookies);
    sorted.sort(POLICY_ORDER);
    return new Ledger(policy, List.copyOf(sorted), revisionOf(sorted));
  }

  public List<LedgerEntry> inCategory(Category category) {
    return cookies.stream().filter(e -> e.attributes().category() == category).toList();
  }

  public List<LedgerEntry> localCookies() {
    return cookies.stream().filter(LedgerEntry::local).toList();
  }

  /**
   * The first 8 hex digits of the SHA-256 of what a visitor consents to: each consent-requiring
   * cookie's name, provider, purpose, category, party and duration, one UTF-8 line each, sorted.
   * Any change to those texts asks visitors again; nothing else does.
   */
  public static String revisionOf(List<LedgerEntry> cookies) {
    List<String> lines = new ArrayList<>();
    for (LedgerEntry entry : cookies) {
      CookieAttributes a = entry.attributes();
      if (a.consentRequired()) {
        lines.add(String.join("\t", a.name(), a.provider(), a.purpose(), a.category().name(),
            a.party().name(), a.duration()));
      }
    }
    lines.sort(Comparator.naturalOrder());
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line).append('\n');
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < 4; i++) {
        hex.append(Character.forDigit((hash[i] >> 4) & 0xf, 16))
            .append(Character.forDigit(hash[i] & 0xf, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JDK has SHA-256", impossible);
    }
  }
}
