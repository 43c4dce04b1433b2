package io.github.cookieledger.processor.known;

import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The database one compilation checks against: the shipped Open Cookie Database, with the rows of
 * {@code cookieledger.knownCookiesFile} on top. Loaded once, on first use, so a compilation
 * without declarations (or with the check off) never pays for it.
 */
public final class KnownCookieDatabase {
  private final String userFile;
  private final List<Problem> problems = new ArrayList<>();
  private KnownCookies cookies;

  /** @param userFile {@code cookieledger.knownCookiesFile}, or null */
  public KnownCookieDatabase(String userFile) {
    this.userFile = userFile;
  }

  /** The database; the first call loads it and collects the problems of the user's file. */
  public synchronized KnownCookies cookies() {
    if (cookies == null) {
      KnownCookies.Loaded builtIn = KnownCookies.builtIn();
      problems.addAll(builtIn.warnings());
      cookies = builtIn.cookies().with(userRows());
    }
    return cookies;
  }

  /**
   * The problems found while loading, each once: the caller reports them after {@link #cookies()}
   * and they are gone.
   */
  public synchronized List<Problem> takeProblems() {
    List<Problem> taken = List.copyOf(problems);
    problems.clear();
    return taken;
  }

  private List<KnownCookie> userRows() {
    if (userFile == null) {
      return List.of();
    }
    Path path;
    try {
      path = Path.of(userFile).toAbsolutePath();
    } catch (InvalidPathException e) {
      problems.add(Message.KNOWN_FILE_UNREADABLE.global(userFile, "it is not a path"));
      return List.of();
    }
    if (Files.isDirectory(path)) { // opens on Linux, and fails only when read
      problems.add(Message.KNOWN_FILE_UNREADABLE.global(path, "it is a folder"));
      return List.of();
    }
    try (InputStream in = Files.newInputStream(path); Reader reader = KnownCookies.utf8(in)) {
      KnownCookieCsv.Rows rows = KnownCookieCsv.read(reader, path.toString());
      problems.addAll(rows.warnings());
      return rows.cookies();
    } catch (KnownCookieCsv.Unreadable e) {
      problems.add(e.problem());
    } catch (IOException e) {
      problems.add(Message.KNOWN_FILE_UNREADABLE.global(path, why(e)));
    }
    return List.of();
  }

  /** Why a file cannot be read, in words rather than an exception's name. */
  private static String why(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "it does not exist";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? "an I/O error" : e.getMessage();
  }
}
