package io.github.cookieledger.processor.known;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the Open Cookie Database's CSV, or a user's file in the same columns, into rows. Columns
 * are found by their header names, so their order may differ. A row that cannot be used is left
 * out with a warning naming its line; a file that cannot be read at all is {@link Unreadable}.
 */
public final class KnownCookieCsv {
  static final String PLATFORM = "Platform";
  static final String CATEGORY = "Category";
  static final String NAME = "Cookie / Data Key name";
  static final String DOMAIN = "Domain";
  static final String DESCRIPTION = "Description";
  static final String RETENTION = "Retention period";
  static final String CONTROLLER = "Data Controller";
  static final String WILDCARD = "Wildcard match";
  private static final List<String> REQUIRED = List.of(PLATFORM, CATEGORY, NAME, RETENTION, WILDCARD);
  private static final List<String> ALL_COLUMNS = List.of("ID", PLATFORM, CATEGORY, NAME, DOMAIN,
      DESCRIPTION, RETENTION, CONTROLLER, "User Privacy & GDPR Rights Portals", WILDCARD);
  /** The database's categories; the check knows what each may be declared as. */
  public static final Set<String> CATEGORIES =
      Set.of("Necessary", "Functional", "Security", "Personalization", "Analytics", "Marketing");

  private KnownCookieCsv() {}

  /**
   * The rows of a file and what was wrong with the ones left out.
   *
   * @param cookies the usable rows, in file order
   * @param warnings one per row left out, naming the file, the line and the fix
   */
  public record Rows(List<KnownCookie> cookies, List<Problem> warnings) {}

  /** A file that cannot be read: the problem names the file and the line. */
  public static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    Unreadable(Problem problem) {
      super(problem.message());
      this.problem = problem;
    }

    /** The error to report. */
    public Problem problem() {
      return problem;
    }
  }

  /**
   * Reads every row.
   *
   * @param in the CSV text
   * @param file the file's name for messages
   */
  public static Rows read(Reader in, String file) throws Unreadable {
    List<KnownCookie> cookies = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>();
    long line = 1;
    try (CsvReader<CsvRecord> csv = CsvReader.builder()
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .allowUnclosedQuote(false).skipEmptyLines(true).ofCsvRecord(in)) {
      Columns columns = null;
      for (CsvRecord record : csv) {
        line = record.getStartingLineNumber();
        if (columns == null) {
          columns = Columns.of(record, file);
          continue;
        }
        if (record.getFieldCount() != columns.count()) {
          warnings.add(Message.KNOWN_ROW_FIELDS.global(file, line, record.getFieldCount(),
              columns.count()));
          continue;
        }
        row(columns, record, file, line, warnings).ifPresent(cookies::add);
      }
      if (columns == null) {
        throw new Unreadable(Message.KNOWN_FILE_EMPTY.global(file, Message.list(REQUIRED)));
      }
    } catch (CsvParseException | UncheckedIOException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new Unreadable(Message.KNOWN_FILE_BROKEN.global(file, line, cause.getMessage()));
    } catch (IOException e) {
      throw new Unreadable(Message.KNOWN_FILE_BROKEN.global(file, line, e.toString()));
    }
    return new Rows(List.copyOf(cookies), List.copyOf(warnings));
  }

  private static Optional<KnownCookie> row(Columns columns, CsvRecord record, String file,
      long line, List<Problem> warnings) {
    String name = KnownNames.clean(columns.get(record, NAME));
    String category = columns.get(record, CATEGORY).strip();
    String wildcard = columns.get(record, WILDCARD).strip();
    if (name.isEmpty()) {
      warnings.add(Message.KNOWN_ROW_NO_NAME.global(file, line));
      return Optional.empty();
    }
    if (!CATEGORIES.contains(category)) {
      warnings.add(Message.KNOWN_ROW_CATEGORY.global(file, line, name, category,
          Message.list(CATEGORIES.stream().sorted().toList())));
      return Optional.empty();
    }
    if (!wildcard.equals("0") && !wildcard.equals("1") && !wildcard.isEmpty()) {
      warnings.add(Message.KNOWN_ROW_WILDCARD.global(file, line, name, wildcard));
      return Optional.empty();
    }
    return Optional.of(new KnownCookie(name, KnownNames.pattern(name, wildcard.equals("1")),
        columns.get(record, PLATFORM).strip(), category, columns.get(record, DOMAIN).strip(),
        columns.get(record, DESCRIPTION).strip(), Retention.parse(columns.get(record, RETENTION)),
        columns.get(record, CONTROLLER).strip(), file + ", line " + line));
  }

  /** Where each column stands, by its header name. */
  private record Columns(List<String> header) {
    static Columns of(CsvRecord record, String file) throws Unreadable {
      List<String> header = record.getFields().stream().map(String::strip).toList();
      List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
      if (!missing.isEmpty()) {
        throw new Unreadable(Message.KNOWN_FILE_HEADER.global(file,
            record.getStartingLineNumber(), Message.list(missing), Message.list(ALL_COLUMNS)));
      }
      return new Columns(header);
    }

    int count() {
      return header.size();
    }

    /** The field under a column, empty when the file has no such column. */
    String get(CsvRecord record, String column) {
      int index = header.indexOf(column);
      return index < 0 ? "" : record.getField(index);
    }
  }
}
