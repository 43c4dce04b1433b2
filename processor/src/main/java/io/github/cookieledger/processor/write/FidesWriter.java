package io.github.cookieledger.processor.write;

import io.github.cookieledger.Category;
import io.github.cookieledger.processor.model.CookieAttributes;
import io.github.cookieledger.processor.model.Ledger;
import io.github.cookieledger.processor.model.LedgerEntry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * {@code fides-system.yml}: the policy as a Fides system manifest (fideslang {@code System}), so a
 * team that runs {@code fides evaluate} in CI sees the same cookies. One privacy declaration per
 * category that has cookies, its {@code data_use} from {@link #DATA_USES}, its cookies by name,
 * path and domain; every cookie again on the system.
 */
public final class FidesWriter {
  /** The fideslang data use of each category (the default taxonomy's keys). */
  public static final Map<Category, String> DATA_USES = dataUses();
  /** The fideslang data category of what a cookie holds: an identifier stored in a cookie. */
  public static final String DATA_CATEGORY = "user.device.cookie_id";
  /** The fideslang data subject of a site's cookies: the people who use it. */
  public static final String DATA_SUBJECT = "customer";

  private static final Map<Category, String> DECLARATION_NAMES = declarationNames();

  private FidesWriter() {}

  public static String write(Ledger ledger) {
    Map<Category, List<Map<String, Object>>> byCategory = new EnumMap<>(Category.class);
    List<Map<String, Object>> all = new ArrayList<>();
    long longest = 0;
    for (LedgerEntry entry : ledger.cookies()) {
      Map<String, Object> cookie = cookie(entry.attributes());
      byCategory.computeIfAbsent(entry.attributes().category(), c -> new ArrayList<>()).add(cookie);
      all.add(cookie);
      Long maxAge = entry.maxAgeSeconds();
      longest = Math.max(longest, maxAge == null ? 0 : maxAge);
    }
    List<Map<String, Object>> declarations = new ArrayList<>();
    byCategory.forEach((category, cookies) -> {
      Map<String, Object> declaration = new LinkedHashMap<>();
      declaration.put("name", DECLARATION_NAMES.get(category));
      declaration.put("data_categories", List.of(DATA_CATEGORY));
      declaration.put("data_use", DATA_USES.get(category));
      declaration.put("data_subjects", List.of(DATA_SUBJECT));
      declaration.put("cookies", cookies);
      declarations.add(declaration);
    });
    Map<String, Object> system = new LinkedHashMap<>();
    system.put("fides_key", ledger.policy().registry());
    system.put("name", ledger.policy().site() == null ? ledger.policy().registry()
        : ledger.policy().site());
    system.put("description", "The cookies declared with cookieledger (registry "
        + ledger.policy().registry() + ", consent revision " + ledger.revision() + ").");
    system.put("system_type", "Application");
    system.put("privacy_declarations", declarations);
    system.put("uses_cookies", !all.isEmpty());
    system.put("cookie_max_age_seconds", longest);
    system.put("cookies", all);
    return dump(Map.of("system", List.of(system)));
  }

  private static Map<String, Object> cookie(CookieAttributes a) {
    Map<String, Object> cookie = new LinkedHashMap<>();
    cookie.put("name", a.name());
    cookie.put("path", a.path());
    if (!a.domain().isEmpty()) {
      cookie.put("domain", a.domain());
    }
    return cookie;
  }

  /** Block style, two-space indent, no line folding and no anchors: diffs well, reads back equal. */
  private static String dump(Object document) {
    DumpSettings settings = DumpSettings.builder()
        .setDefaultFlowStyle(FlowStyle.BLOCK)
        .setIndent(2)
        .setIndicatorIndent(2)
        .setIndentWithIndicator(true)
        .setWidth(Integer.MAX_VALUE)
        .setSplitLines(false)
        .setBestLineBreak("\n")
        .setDereferenceAliases(true)
        .build();
    return new Dump(settings).dumpToString(document);
  }

  private static Map<Category, String> dataUses() {
    Map<Category, String> uses = new EnumMap<>(Category.class);
    uses.put(Category.NECESSARY, "essential.service");
    uses.put(Category.FUNCTIONAL, "functional.storage");
    uses.put(Category.STATISTICS, "analytics.reporting");
    uses.put(Category.MARKETING, "marketing.advertising");
    return uses;
  }

  private static Map<Category, String> declarationNames() {
    Map<Category, String> names = new EnumMap<>(Category.class);
    names.put(Category.NECESSARY, "Strictly necessary cookies");
    names.put(Category.FUNCTIONAL, "Functional cookies");
    names.put(Category.STATISTICS, "Statistics cookies");
    names.put(Category.MARKETING, "Marketing cookies");
    return names;
  }
}
