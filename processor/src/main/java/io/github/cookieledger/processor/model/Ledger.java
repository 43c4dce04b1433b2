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
 * @param storage every web storage entry, in category order, then by name and kind
 */
public record Ledger(Policy policy, List<LedgerEntry> cookies, String revision,
    List<StorageEntry> storage) {

  /** Category order, then name and kind: the order of {@code storage()} and of every document. */
  public static final Comparator<StorageEntry> STORAGE_ORDER =
      Comparator.comparing((StorageEntry e) -> e.attributes().category())
          .thenComparing(StorageEntry::name)
          .thenComparing(e -> e.attributes().kind());

  /** A ledger without web storage. */
  public Ledger(Policy policy, List<LedgerEntry> cookies, String revision) {
    this(policy, cookies, revision, List.of());
  }

  /** Category order, then name: the order of {@code all()} and of every document. */
  public static final Comparator<LedgerEntry> POLICY_ORDER =
      Comparator.comparing((LedgerEntry e) -> e.attributes().category())
          .thenComparing(LedgerEntry::name);

  public static Ledger of(Policy policy, List<LedgerEntry> cookies) {
    return of(policy, cookies, List.of());
  }

  public static Ledger of(Policy policy, List<LedgerEntry> cookies, List<StorageEntry> storage) {
    List<LedgerEntry> sorted = new ArrayList<>(cookies);
    sorted.sort(POLICY_ORDER);
    List<StorageEntry> sortedStorage = new ArrayList<>(storage);
    sortedStorage.sort(STORAGE_ORDER);
    return new Ledger(policy, List.copyOf(sorted), revisionOf(sorted, sortedStorage),
        List.copyOf(sortedStorage));
  }

  public List<StorageEntry> storageInCategory(Category category) {
    return storage.stream().filter(e -> e.attributes().category() == category).toList();
  }

  public List<StorageEntry> localStorageEntries() {
    return storage.stream().filter(StorageEntry::local).toList();
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
    return revisionOf(cookies, List.of());
  }

  /**
   * The revision of cookies and web storage: each consent-requiring storage entry adds a line
   * starting with {@code storage:} and its kind (a colon no cookie name holds), then its name,
   * provider, purpose, category and party; without storage the revision is the cookies' alone.
   */
  public static String revisionOf(List<LedgerEntry> cookies, List<StorageEntry> storage) {
    List<String> lines = new ArrayList<>();
    for (StorageEntry entry : storage) {
      StorageAttributes a = entry.attributes();
      if (a.consentRequired()) {
        lines.add(String.join("\t", "storage:" + a.kind().name(), a.name(), a.provider(),
            a.purpose(), a.category().name(), a.party().name()));
      }
    }
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
