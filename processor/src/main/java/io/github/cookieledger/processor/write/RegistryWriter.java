package io.github.cookieledger.processor.write;

import io.github.cookieledger.RegistryTable;
import io.github.cookieledger.processor.model.CookieAttributes;
import io.github.cookieledger.processor.model.CookieRows;
import io.github.cookieledger.processor.model.Ledger;
import io.github.cookieledger.processor.model.LedgerEntry;
import io.github.cookieledger.processor.model.StorageAttributes;
import io.github.cookieledger.processor.model.StorageEntry;
import io.github.cookieledger.processor.model.StorageTableRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The registry's source (SPEC §4): a constant per local cookie, {@code REVISION}, {@code all()},
 * {@code find()} and {@code byCategory()}, annotated {@code @GeneratedRegistry} with its table so
 * other compilations can include it.
 *
 * <p>Lean for javac, which compiles it in every build: the cookies are one {@link RegistryTable}
 * (a few string constants), and each constant is one line, {@code SESSIONID = cookie(3)}, over the
 * decoded table, instead of a builder chain or a nested annotation to attribute per cookie.
 *
 * <p>Safe beside any user name. The table, its decoding and the index live in a second generated
 * class, {@code <Registry>_Table}, which the registry extends: no constant is in scope there, so
 * no constant name ({@code index}, {@code io}, {@code List}, ...) can hide what it uses. The
 * registry itself reaches them only through the inherited methods {@code cookie(int)} and {@code
 * index()} (a field never hides a method), and writes every type fully qualified in type
 * positions (where a field never counts), so no user type of its package ({@code String}, {@code
 * List}, {@code CookieDefinition}) is picked up instead.
 *
 * <p>A registry of more than {@value #PART_SIZE} cookies keeps its constants in public interfaces
 * nested in {@code <Registry>_Table} ({@code Part0}, ...), which the registry implements, so
 * {@code CookieRegistry.SESSIONID} still names each of them: a class's static initialiser holds at
 * most 64 KB of code, about 7,000 such constants.
 */
public final class RegistryWriter {
  static final int PART_SIZE = 4_000;
  /** The most characters of a purpose a constant's line of documentation shows. */
  static final int SUMMARY = 60;

  private static final String DEFINITION = "io.github.cookieledger.CookieDefinition";
  private static final String TABLE = "io.github.cookieledger.RegistryTable";
  private static final String INDEX = "io.github.cookieledger.CookieIndex";
  private static final String STRING = "java.lang.String";
  private static final String DEFINITIONS = "java.util.List<" + DEFINITION + ">";
  private static final String STORAGE_DEFINITION = "io.github.cookieledger.StorageDefinition";
  private static final String PROCESSOR = "io.github.cookieledger.processor.CookieProcessor";

  /**
   * One generated source file.
   *
   * @param packageName its package, empty for the unnamed one
   * @param simpleName its top-level class
   * @param text the source, plain ASCII
   */
  public record SourceFile(String packageName, String simpleName, String text) {}

  private final Ledger ledger;
  private final boolean withGenerated;
  private final String registry;
  private final String table;
  private final List<LedgerEntry> local;
  private final List<List<String>> chunks;
  private final String chunkPrefix;

  private RegistryWriter(Ledger ledger, boolean withGenerated) {
    this.ledger = ledger;
    this.withGenerated = withGenerated;
    this.registry = ledger.policy().registrySimpleName();
    this.table = tableClass(registry);
    this.local = ledger.localCookies();
    this.chunks = table(ledger, local).chunks();
    this.chunkPrefix = chunkPrefix(local);
  }

  /**
   * The registry and the class holding its table.
   *
   * @param withGenerated whether {@code javax.annotation.processing.Generated} is available
   */
  public static List<SourceFile> files(Ledger ledger, boolean withGenerated) {
    RegistryWriter writer = new RegistryWriter(ledger, withGenerated);
    String pkg = ledger.policy().registryPackage();
    return List.of(
        new SourceFile(pkg, writer.registry, AsciiSource.of(writer.registrySource())),
        new SourceFile(pkg, writer.table, AsciiSource.of(writer.tableSource())));
  }

  /** The name of the class that holds a registry's table. */
  public static String tableClass(String registrySimpleName) {
    return registrySimpleName + "_Table";
  }

  /** The table: the policy's site and revision, then every local cookie with every attribute. */
  static RegistryTable.Writer table(Ledger ledger, List<LedgerEntry> local) {
    String site = ledger.policy().site();
    RegistryTable.Writer table = RegistryTable.writer()
        .section(RegistryTable.POLICY, List.of("site", "revision"))
        .row(List.of(site == null ? "" : site, ledger.revision()))
        .section(RegistryTable.COOKIE, CookieRows.fields());
    for (LedgerEntry entry : local) {
      table.row(CookieRows.row(entry.attributes()));
    }
    List<StorageEntry> storage = ledger.localStorageEntries();
    if (!storage.isEmpty()) {
      table.section(RegistryTable.STORAGE, StorageTableRows.fields());
      storage.forEach(entry -> table.row(StorageTableRows.row(entry.attributes())));
    }
    return table;
  }

  private String registrySource() {
    StringBuilder out = header();
    String site = ledger.policy().site();
    out.append("/**\n * The cookies ");
    if (site == null) {
      out.append("of this application");
    } else {
      AsciiSource.docText(out.append("of <code>"), site).append("</code>");
    }
    out.append(", generated by cookieledger from the {@code @Cookie}\n"
        + " * declarations. Do not edit: change the declarations instead.\n */\n");
    generated(out);
    out.append("@io.github.cookieledger.GeneratedRegistry(table = {");
    for (int chunk = 0; chunk < chunks.size(); chunk++) {
      out.append(chunk == 0 ? "" : ", ").append(table).append('.').append(chunkPrefix)
          .append(chunk);
    }
    out.append("})\npublic final class ").append(registry).append(" extends ").append(table);
    int parts = parts();
    for (int part = 0; part < parts; part++) {
      out.append(part == 0 ? " implements " : ", ").append(table).append(".Part").append(part);
    }
    out.append(" {\n");
    if (parts == 0) {
      constants(out, 0, local.size());
    }
    storage(out);
    out.append("""
          /**
           * The consent revision: changes whenever what a visitor consents to changes.
           * Pass it to {@code Consent.format} and {@code Consent.parse}. Read at run time, never
           * inlined, so code compiled against an older registry sees the current value.
           */
          public static final java.lang.String REVISION = revision();

        """);
    out.append("  private ").append(registry).append("() {\n  }\n\n");
    out.append("""
          /**
           * Every cookie of the policy, immutable, in category order, then by name.
           */
          public static %1$s all() {
            return index().all();
          }

          /**
           * The declaration covering a cookie name: the exact name first, else the
           * matching pattern with the longest literal text, ties broken by name.
           */
          public static java.util.Optional<%2$s> find(java.lang.String cookieName) {
            return index().find(cookieName);
          }

          /**
           * The cookies of one category, by name.
           */
          public static %1$s byCategory(io.github.cookieledger.Category category) {
            return index().byCategory(category);
          }

        """.formatted(DEFINITIONS, DEFINITION));
    consentMethods(out);
    out.append("""
          /**
           * A method call, so {@link #REVISION} is no compile-time constant.
           */
          private static java.lang.String revision() {
        """);
    out.append("    return ");
    AsciiSource.literal(out, ledger.revision()).append(";\n  }\n}\n");
    return out.toString();
  }

  /** {@code consentCookie()} and {@code consentLifetime()} of {@code @CookiePolicy}. */
  private void consentMethods(StringBuilder out) {
    String consentCookie = ledger.policy().consentCookie();
    out.append("  /**\n");
    if (consentCookie.isEmpty()) {
      out.append("   * Empty: {@code @CookiePolicy} names no {@code consentCookie}.\n   */\n"
          + "  public static java.util.Optional<" + DEFINITION + "> consentCookie() {\n"
          + "    return absent();\n  }\n\n");
    } else {
      out.append("   * The cookie that stores the visitor's choice ({@code @CookiePolicy(consentCookie)}).\n"
          + "   */\n  public static java.util.Optional<" + DEFINITION + "> consentCookie() {\n"
          + "    return find(");
      AsciiSource.literal(out, consentCookie).append(");\n  }\n\n");
    }
    out.append("  /**\n   * How long a visitor's choice counts ({@code @CookiePolicy(consentLifetime = ");
    AsciiSource.docText(out, ledger.policy().consentLifetime().text());
    out.append(")}):\n   * pass it to {@code Consent.read}; an older choice counts as none.\n   */\n"
        + "  public static java.time.Duration consentLifetime() {\n"
        + "    return seconds(")
        .append(ledger.policy().consentLifetime().maxAge().orElseThrow().getSeconds())
        .append("L);\n  }\n\n");
  }

  private String tableSource() {
    StringBuilder out = header();
    out.append("/**\n * The table {@link ").append(registry).append("} is built from, and its index."
        + " Generated; use the registry,\n * not this class.\n */\n");
    generated(out);
    out.append(parts() > 0 ? "public " : "").append("abstract class ").append(table).append(" {\n");
    for (int chunk = 0; chunk < chunks.size(); chunk++) {
      out.append("  static final ").append(STRING).append(' ').append(chunkPrefix).append(chunk)
          .append(" =");
      List<String> pieces = chunks.get(chunk);
      for (int piece = 0; piece < pieces.size(); piece++) {
        AsciiSource.literal(out.append(piece == 0 ? " " : "\n      + "), pieces.get(piece));
      }
      out.append(";\n\n");
    }
    out.append("  private static final ").append(TABLE).append(" TABLE = ").append(TABLE)
        .append(".decode(");
    for (int chunk = 0; chunk < chunks.size(); chunk++) {
      out.append(chunk == 0 ? "" : ", ").append(chunkPrefix).append(chunk);
    }
    out.append(");\n\n  ").append(table).append("() {\n  }\n\n");
    out.append("""
          /**
           * A row of the table: the registry's constants, and the index, hold these instances.
           */
          static %1$s cookie(int row) {
            return TABLE.cookie(row);
          }

          static %2$s index() {
            return Index.INDEX;
          }

          /*
           * Expressions that name java.* classes live here, not in the registry: there a cookie
           * constant named "java" would take the name's place.
           */
          static java.util.Optional<%1$s> absent() {
            return java.util.Optional.empty();
          }

          static java.time.Duration seconds(long seconds) {
            return java.time.Duration.ofSeconds(seconds);
          }

          /**
           * A row of the table's web storage: the registry's storage constants hold these.
           */
          static io.github.cookieledger.StorageDefinition storageEntry(int row) {
            return TABLE.storage(row);
          }

          static java.util.List<io.github.cookieledger.StorageDefinition> storageEntries() {
            return TABLE.storage();
          }

          /**
           * Built on first use, so the included registries load only when asked.
           */
          private static final class Index {
        """.formatted(DEFINITION, INDEX));
    out.append("    static final ").append(INDEX).append(" INDEX = ").append(INDEX).append('.');
    List<String> includes = ledger.policy().includes();
    if (includes.isEmpty()) {
      out.append("of(TABLE.cookies());\n");
    } else {
      out.append("ofParts(TABLE.cookies()");
      for (String include : includes) {
        out.append(",\n        ").append(include).append(".all()");
      }
      out.append(");\n");
    }
    out.append("  }\n");
    for (int part = 0; part < parts(); part++) {
      out.append("\n  /**\n   * Constants of {@link ").append(registry)
          .append("}, which inherits them: use them from there.\n   */\n  public interface Part")
          .append(part).append(" {\n");
      int start = part * PART_SIZE;
      constants(out, start, Math.min(local.size(), start + PART_SIZE));
      out.setLength(out.length() - 1); // no blank line before the closing brace
      out.append("  }\n");
    }
    return out.append("}\n").toString();
  }

  /**
   * Two lines per constant: a line of documentation (the cookie's name and the start of its
   * purpose) and the constant, the row of its cookie in the table; a blank line after the last.
   */
  private void constants(StringBuilder out, int from, int to) {
    for (int row = from; row < to; row++) {
      CookieAttributes a = local.get(row).attributes();
      AsciiSource.docText(AsciiSource.docText(out.append("  /** <code>"), a.name())
          .append("</code>: "), summary(a.purpose())).append(" */\n");
      out.append("  public static final ").append(DEFINITION).append(' ').append(a.constant())
          .append(" = cookie(").append(row).append(");\n");
    }
    if (from < to) {
      out.append('\n');
    }
  }

  /**
   * The purpose, short enough for one line of an IDE's hover: its first sentence, cut after at
   * most {@value #SUMMARY} characters at a space. The whole text is the constant's {@code
   * purpose()} and in the documents; javac need not read it twice per cookie.
   */
  static String summary(String purpose) {
    String text = purpose.strip();
    int sentence = text.indexOf(". ");
    if (sentence >= 0) {
      text = text.substring(0, sentence + 1);
    }
    if (text.codePointCount(0, text.length()) <= SUMMARY) {
      return text;
    }
    int cut = text.offsetByCodePoints(0, SUMMARY);
    int space = text.lastIndexOf(' ', cut);
    return text.substring(0, space > SUMMARY / 2 ? space : cut).stripTrailing() + "...";
  }

  /**
   * Web storage, where the policy has any: {@code storage()} and, for the registry's own
   * entries, a nested class {@code Storage} with a constant each (apart from the cookie
   * constants, so a name may be both). An included registry's {@code storage()} is called only
   * when it declares some.
   */
  private void storage(StringBuilder out) {
    List<StorageEntry> own = ledger.localStorageEntries();
    List<String> lists = new ArrayList<>();
    if (!own.isEmpty()) {
      out.append("  /**\n   * The web storage declared with {@code @Storage}, one constant each.\n"
          + "   */\n  public static final class Storage {\n");
      for (int row = 0; row < own.size(); row++) {
        StorageAttributes a = own.get(row).attributes();
        AsciiSource.docText(AsciiSource.docText(out.append("    /** <code>"), a.name())
            .append("</code> (").append(a.kind().jsName()).append("): "), a.purpose())
            .append(" */\n");
        out.append("    public static final ").append(STORAGE_DEFINITION).append(' ')
            .append(a.constant()).append(" = storageEntry(").append(row).append(");\n\n");
      }
      out.append("    private Storage() {\n    }\n  }\n\n");
      lists.add("storageEntries()");
    }
    for (String include : ledger.policy().includes()) {
      if (ledger.storage().stream().anyMatch(e -> !e.local() && e.declaredBy().contains(include))) {
        lists.add(include + ".storage()");
      }
    }
    if (lists.isEmpty()) {
      return;
    }
    out.append("  /**\n   * Every web storage entry of the policy, immutable, in category order,"
        + " then by name.\n   */\n  public static java.util.List<").append(STORAGE_DEFINITION)
        .append("> storage() {\n");
    if (lists.size() == 1 && !own.isEmpty()) {
      out.append("    return storageEntries();\n  }\n\n");
      return;
    }
    out.append("    java.util.List<").append(STORAGE_DEFINITION)
        .append("> all = new java.util.ArrayList<>();\n");
    lists.forEach(list -> out.append("    all.addAll(").append(list).append(");\n"));
    out.append("    all.sort(java.util.Comparator.comparing(").append(STORAGE_DEFINITION)
        .append("::category).thenComparing(").append(STORAGE_DEFINITION)
        .append("::name).thenComparing(").append(STORAGE_DEFINITION).append("::kind));\n")
        .append("    return java.util.List.copyOf(all);\n  }\n\n");
  }

  private StringBuilder header() {
    StringBuilder out = new StringBuilder(4096 + 256 * local.size());
    String pkg = ledger.policy().registryPackage();
    if (!pkg.isEmpty()) {
      out.append("package ").append(pkg).append(";\n\n");
    }
    return out;
  }

  private void generated(StringBuilder out) {
    if (withGenerated) {
      out.append("@javax.annotation.processing.Generated(\"").append(PROCESSOR).append("\")\n");
    }
  }

  private int parts() {
    return local.size() > PART_SIZE ? (local.size() + PART_SIZE - 1) / PART_SIZE : 0;
  }

  /**
   * The prefix of the table's chunk constants: {@code CHUNK}, or {@code $CHUNK}, ... when a cookie
   * constant would share a chunk's name (the registry inherits both).
   */
  private static String chunkPrefix(List<LedgerEntry> local) {
    Set<String> constants = new TreeSet<>();
    local.forEach(entry -> constants.add(entry.attributes().constant()));
    String prefix = "CHUNK";
    while (takenPrefix(prefix, constants)) {
      prefix = "$" + prefix;
    }
    return prefix;
  }

  private static boolean takenPrefix(String prefix, Set<String> constants) {
    for (String constant : constants) {
      if (constant.startsWith(prefix) && constant.length() > prefix.length()
          && constant.substring(prefix.length()).chars().allMatch(Character::isDigit)) {
        return true;
      }
    }
    return false;
  }
}
