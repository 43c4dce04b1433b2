package io.github.cookieledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The compact table a generated registry carries and is built from: every cookie with every
 * attribute, as text, in a few string constants. For generated code and the cookieledger
 * processor; applications use the registry's constants and methods instead.
 *
 * <p>Why a table: javac compiles a registry of thousands of cookies in every build. Data in a few
 * string literals costs it a scan of their characters; the same data as builder chains or nested
 * annotations costs it a method resolution or an annotation attribution per attribute.
 *
 * <p>Format (version {@value #VERSION}): rows end with {@code '\n'}, the fields of a row are
 * separated by {@code '\t'}, and inside a field every {@code '\t'}, {@code '\n'}, {@code '\u0010'}
 * and {@code '\u0001'} is preceded by {@code '\u0010'} (so any text survives). The first row is
 * {@code cookieledger-table \t 1}. A row that starts with {@code '\u0001'} opens a section and
 * names its fields ({@code \u0001cookie \t name \t provider ...}); the rows that follow hold one
 * value per field. Readers find values by field name, so a table written with more or fewer
 * fields still reads (a missing field reads as null).
 *
 * <p><b>Adding a field</b> of a cookie: the processor writes every attribute of its ledger into the
 * table by itself, so the one place to touch here is {@link #define}, which says what the field
 * sets on a {@link CookieDefinition}. A new kind of entry (a web storage entry, say) is a new
 * section: the processor writes it with {@link Writer#section}, and an accessor here reads it like
 * {@link #cookie}. A registry-wide value (a consent cookie's name) is a field of the
 * {@value #POLICY} section.
 */
public final class RegistryTable {
  /** The format version written in the first row. */
  public static final int VERSION = 1;
  /** The section of the cookies, one row per cookie of the registry, in the policy's order. */
  public static final String COOKIE = "cookie";
  /** The section of the web storage entries ({@code @Storage}), one row each, in policy order. */
  public static final String STORAGE = "storage";
  /** The section of registry-wide values: one row. */
  public static final String POLICY = "policy";
  /**
   * The most modified-UTF-8 bytes a writer puts in one chunk: well under the 65,535 a class file
   * holds per string constant.
   */
  public static final int CHUNK_BYTES = 32_768;

  private static final String MAGIC = "cookieledger-table";
  private static final char FIELD = '\t';
  private static final char ROW = '\n';
  private static final char ESCAPE = '\u0010';
  private static final char SECTION = '\u0001';

  private final Map<String, Section> sections;
  private CookieDefinition[] cookies;
  private StorageDefinition[] storage;

  private RegistryTable(Map<String, Section> sections) {
    this.sections = sections;
  }

  /**
   * Reads a table.
   *
   * @param chunks the table's text, in pieces (joined as they are)
   * @return the table
   * @throws IllegalArgumentException when the text is no table of this format
   */
  public static RegistryTable decode(String... chunks) {
    StringBuilder text = new StringBuilder();
    for (String chunk : chunks) {
      text.append(Objects.requireNonNull(chunk, "chunk"));
    }
    List<Row> rows = rows(text);
    if (rows.isEmpty() || rows.get(0).section || rows.get(0).fields.size() < 2
        || !rows.get(0).fields.get(0).equals(MAGIC)) {
      throw new IllegalArgumentException("not a cookieledger registry table");
    }
    if (!rows.get(0).fields.get(1).equals(String.valueOf(VERSION))) {
      throw new IllegalArgumentException("a cookieledger registry table of version "
          + rows.get(0).fields.get(1) + ", this version of cookieledger reads version " + VERSION);
    }
    Map<String, Section> sections = new LinkedHashMap<>();
    Section current = null;
    for (Row row : rows.subList(1, rows.size())) {
      if (row.section) {
        current = new Section(row.fields.subList(1, row.fields.size()));
        sections.put(row.fields.get(0), current);
      } else if (current == null || row.fields.size() != current.fields.size()) {
        throw new IllegalArgumentException("a row of the registry table does not fit its section");
      } else {
        current.rows.add(row.fields.toArray(new String[0]));
      }
    }
    return new RegistryTable(sections);
  }

  /**
   * The rows of a section, each as field name to value, in table order.
   *
   * @param section e.g. {@value #COOKIE}
   * @return the rows; none when the table has no such section
   */
  public List<Map<String, String>> rows(String section) {
    Section found = sections.get(section);
    if (found == null) {
      return List.of();
    }
    List<Map<String, String>> rows = new ArrayList<>(found.rows.size());
    for (String[] row : found.rows) {
      Map<String, String> values = new LinkedHashMap<>();
      for (int i = 0; i < row.length; i++) {
        values.put(found.fields.get(i), row[i]);
      }
      rows.add(Collections.unmodifiableMap(values));
    }
    return Collections.unmodifiableList(rows);
  }

  /**
   * One cookie of the table; the same instance on every call.
   *
   * @param row its row in the {@value #COOKIE} section
   * @return the definition
   */
  public CookieDefinition cookie(int row) {
    return definitions()[row];
  }

  /**
   * Every cookie of the table, in table order.
   *
   * @return the definitions, immutable
   */
  public List<CookieDefinition> cookies() {
    return List.of(definitions());
  }

  /**
   * Every web storage entry of the table, in table order; the same instances on every call.
   *
   * @return the definitions, immutable
   */
  public List<StorageDefinition> storage() {
    return List.of(storageDefinitions());
  }

  /**
   * One web storage entry of the table; the same instance on every call.
   *
   * @param row its row in the {@value #STORAGE} section
   * @return the definition
   */
  public StorageDefinition storage(int row) {
    return storageDefinitions()[row];
  }

  private synchronized StorageDefinition[] storageDefinitions() {
    if (storage == null) {
      Section section = sections.get(STORAGE);
      storage = new StorageDefinition[section == null ? 0 : section.rows.size()];
      for (int row = 0; row < storage.length; row++) {
        List<String> fields = section.fields;
        String[] values = section.rows.get(row);
        StorageDefinition.Builder entry = StorageDefinition.builder(
            values[fields.indexOf("name")], StorageKind.valueOf(values[fields.indexOf("kind")]));
        for (int i = 0; i < values.length; i++) {
          switch (fields.get(i)) {
            case "provider" -> entry.provider(values[i]);
            case "purpose" -> entry.purpose(values[i]);
            case "category" -> entry.category(Category.valueOf(values[i]));
            case "function" -> entry.function(values[i]);
            case "party" -> entry.party(Party.valueOf(values[i]));
            case "anonymized" -> entry.anonymized(Boolean.parseBoolean(values[i]));
            default -> { } // name and kind (above), constant
          }
        }
        storage[row] = entry.build();
      }
    }
    return storage;
  }

  private synchronized CookieDefinition[] definitions() {
    if (cookies == null) {
      Section section = sections.get(COOKIE);
      cookies = new CookieDefinition[section == null ? 0 : section.rows.size()];
      for (int row = 0; row < cookies.length; row++) {
        cookies[row] = define(section.fields, section.rows.get(row));
      }
    }
    return cookies;
  }

  /**
   * What each field of a cookie row sets on a {@link CookieDefinition}: a new attribute of the
   * runtime API is one more case here. Fields the runtime has no use for (the constant's name)
   * fall through.
   */
  private static CookieDefinition define(List<String> fields, String[] row) {
    CookieDefinition.Builder cookie = CookieDefinition.builder(row[fields.indexOf("name")]);
    for (int i = 0; i < row.length; i++) {
      String value = row[i];
      switch (fields.get(i)) {
        case "provider" -> cookie.provider(value);
        case "purpose" -> cookie.purpose(value);
        case "category" -> cookie.category(Category.valueOf(value));
        case "function" -> cookie.function(value);
        case "party" -> cookie.party(Party.valueOf(value));
        case "duration" -> cookie.duration(value);
        case "domain" -> cookie.domain(value);
        case "path" -> cookie.path(value);
        case "secure" -> cookie.secure(Boolean.parseBoolean(value));
        case "httpOnly" -> cookie.httpOnly(Boolean.parseBoolean(value));
        case "sameSite" -> cookie.sameSite(SameSite.valueOf(value));
        case "anonymized" -> cookie.anonymized(Boolean.parseBoolean(value));
        case "partitioned" -> cookie.partitioned(Boolean.parseBoolean(value));
        default -> { } // name (above), constant, and what only the processor reads
      }
    }
    return cookie.build();
  }

  /** Splits the text into rows of unescaped fields. */
  private static List<Row> rows(CharSequence text) {
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    boolean section = false;
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ESCAPE && i + 1 < text.length()) {
        field.append(text.charAt(++i));
      } else if (c == SECTION && fields.isEmpty() && field.length() == 0) {
        section = true; // unescaped, at the start of a row: a section's header
      } else if (c == FIELD) {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == ROW) {
        fields.add(field.toString());
        field.setLength(0);
        rows.add(new Row(section, fields));
        fields = new ArrayList<>();
        section = false;
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !fields.isEmpty() || section) {
      throw new IllegalArgumentException("the registry table ends inside a row");
    }
    return rows;
  }

  private record Row(boolean section, List<String> fields) {}

  private static final class Section {
    final List<String> fields;
    final List<String[]> rows = new ArrayList<>();

    Section(List<String> fields) {
      this.fields = List.copyOf(fields);
    }
  }

  /**
   * Writes a table, for the processor.
   *
   * @return an empty writer
   */
  public static Writer writer() {
    return new Writer();
  }

  /** Writes a table: sections, each followed by its rows. */
  public static final class Writer {
    private final List<String> rows = new ArrayList<>();
    private int fields = -1;

    private Writer() {
      rows.add(MAGIC + FIELD + VERSION + ROW);
    }

    /**
     * Opens a section; the rows that follow belong to it.
     *
     * @param name e.g. {@value #COOKIE}
     * @param fieldNames its fields, in the order of every row's values
     * @return this writer
     */
    public Writer section(String name, List<String> fieldNames) {
      List<String> header = new ArrayList<>();
      header.add(SECTION + name);
      header.addAll(fieldNames);
      rows.add(String.join(String.valueOf(FIELD), header) + ROW);
      fields = fieldNames.size();
      return this;
    }

    /**
     * Adds a row to the open section.
     *
     * @param values one per field, any text
     * @return this writer
     */
    public Writer row(List<String> values) {
      if (values.size() != fields) {
        throw new IllegalArgumentException(values.size() + " values for " + fields + " fields");
      }
      StringBuilder row = new StringBuilder();
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          row.append(FIELD);
        }
        String value = values.get(i);
        for (int c = 0; c < value.length(); c++) {
          char ch = value.charAt(c);
          if (ch == FIELD || ch == ROW || ch == ESCAPE || ch == SECTION) {
            row.append(ESCAPE);
          }
          row.append(ch);
        }
      }
      rows.add(row.append(ROW).toString());
      return this;
    }

    /**
     * The table in chunks of at most {@link #CHUNK_BYTES} modified-UTF-8 bytes, each a list of
     * pieces (whole rows where a row fits) whose concatenation is the chunk.
     *
     * @return the chunks
     */
    public List<List<String>> chunks() {
      List<List<String>> chunks = new ArrayList<>();
      List<String> chunk = new ArrayList<>();
      int bytes = 0;
      for (String row : rows) {
        int rowBytes = modifiedUtf8Length(row);
        if (bytes + rowBytes > CHUNK_BYTES && !chunk.isEmpty()) {
          chunks.add(chunk);
          chunk = new ArrayList<>();
          bytes = 0;
        }
        if (rowBytes <= CHUNK_BYTES) {
          chunk.add(row);
          bytes += rowBytes;
          continue;
        }
        // a row longer than a chunk (one huge text): split anywhere, the reader joins the chunks
        int start = 0;
        while (start < row.length()) {
          int end = start;
          int size = 0;
          while (end < row.length() && size + modifiedUtf8(row.charAt(end)) <= CHUNK_BYTES) {
            size += modifiedUtf8(row.charAt(end++));
          }
          chunk.add(row.substring(start, end));
          start = end;
          if (start < row.length()) {
            chunks.add(chunk);
            chunk = new ArrayList<>();
          } else {
            bytes = size;
          }
        }
      }
      if (!chunk.isEmpty()) {
        chunks.add(chunk);
      }
      return chunks;
    }

    /** Bytes of one char in a class file's string constant (modified UTF-8). */
    private static int modifiedUtf8(char c) {
      return c >= 0x01 && c <= 0x7f ? 1 : c <= 0x7ff ? 2 : 3;
    }
  }

  /**
   * The length of a text as a class file stores it (modified UTF-8): at most 65,535 bytes fit one
   * string constant.
   *
   * @param text any text
   * @return its length in bytes
   */
  public static int modifiedUtf8Length(String text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      bytes += Writer.modifiedUtf8(text.charAt(i));
    }
    return bytes;
  }
}
