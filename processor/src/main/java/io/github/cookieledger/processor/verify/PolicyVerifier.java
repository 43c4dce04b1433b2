package io.github.cookieledger.processor.verify;

import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import io.github.cookieledger.processor.write.Documents;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The release check of {@code -Acookieledger.verify}: the committed policy ({@code .md} or {@code
 * .json}) must equal what this build generates, line ends aside. A difference is one error that
 * lists the cookies added, removed and changed (with {@code .json}, which fields) and says how to
 * refresh the committed file.
 */
public final class PolicyVerifier {
  private PolicyVerifier() {}

  /**
   * @param option the option's value: a path, relative ones against the compiler's working
   *     directory
   * @param generated this build's documents by file name ({@link Documents})
   * @param writtenAt where a generated document was written, for the message
   * @return nothing when equal, else one error
   */
  public static List<Problem> verify(String option, Map<String, String> generated,
      Function<String, String> writtenAt) {
    Path committed = Path.of(option).toAbsolutePath().normalize();
    String lower = option.toLowerCase(Locale.ROOT);
    String document;
    if (lower.endsWith(".md")) {
      document = Documents.MARKDOWN;
    } else if (lower.endsWith(".json")) {
      document = Documents.JSON;
    } else {
      return List.of(Message.VERIFY_NOT_A_POLICY.global(option));
    }
    String fresh = generated.get(document);
    if (fresh == null) {
      return List.of(); // not written (a rule error was reported); nothing to compare
    }
    String refresh = refresh(writtenAt.apply(document), committed);
    if (!Files.exists(committed)) {
      return List.of((Path.of(option).isAbsolute() ? Message.VERIFY_MISSING
          : Message.VERIFY_MISSING_RELATIVE).global(committed, option, refresh));
    }
    String old;
    try {
      old = Files.readString(committed, StandardCharsets.UTF_8);
    } catch (CharacterCodingException notUtf8) {
      return List.of(Message.VERIFY_NOT_UTF8.global(committed, refresh));
    } catch (IOException e) {
      return List.of(Message.VERIFY_UNREADABLE.global(committed, e));
    }
    if (normalize(old).equals(normalize(fresh))) {
      return List.of();
    }
    List<String> differences = document.equals(Documents.JSON)
        ? JsonDifferences.between(normalize(old), normalize(fresh))
        : MarkdownDifferences.between(normalize(old), normalize(fresh));
    return List.of(Message.VERIFY_DIFFERS.global(committed, Message.lines(differences), refresh));
  }

  private static String refresh(String generatedFile, Path committed) {
    return "copy " + generatedFile + " to " + committed + " and commit it (or run the build's"
        + " profile that does so), then build again.";
  }

  /** Line ends aside: CRLF and CR read as LF; a byte order mark is ignored. */
  static String normalize(String text) {
    String lf = text.replace("\r\n", "\n").replace('\r', '\n');
    return lf.startsWith("\uFEFF") ? lf.substring(1) : lf;
  }

  /** A list for a message: {@code a, b, c}. */
  static String list(List<String> items) {
    return String.join(", ", items);
  }

  /** The lines that say which cookies were added, removed and changed. */
  static List<String> summary(List<String> added, List<String> removed, List<String> changed) {
    List<String> lines = new ArrayList<>();
    if (!added.isEmpty()) {
      lines.add("added: " + list(added));
    }
    if (!removed.isEmpty()) {
      lines.add("removed: " + list(removed));
    }
    if (!changed.isEmpty()) {
      lines.add("changed: " + list(changed));
    }
    return lines;
  }
}
