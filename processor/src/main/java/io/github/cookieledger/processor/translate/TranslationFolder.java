package io.github.cookieledger.processor.translate;

import io.github.cookieledger.processor.model.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the folder of {@code -Acookieledger.translations}: one {@code cookies_<lang>.properties}
 * file (UTF-8) per language. Other files are ignored; a file that cannot be read is an error, a
 * file name whose language is not a language tag a warning.
 */
public final class TranslationFolder {
  private static final Pattern FILE = Pattern.compile("cookies_(.*)\\.properties");
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*");

  private TranslationFolder() {}

  /**
   * What the folder holds.
   *
   * @param translations one per language, sorted by language
   * @param problems what was wrong with the folder or its files
   */
  public record Result(List<Translation> translations, List<Problem> problems) {}

  /**
   * @param option the option's value; a relative path resolves against the compiler's working
   *     directory
   */
  public static Result read(String option) {
    List<Problem> problems = new ArrayList<>();
    Path folder = Path.of(option).toAbsolutePath().normalize();
    if (!Files.isDirectory(folder)) {
      problems.add(Problem.error("[cookie-translation] -Acookieledger.translations=" + option
          + " names " + folder + ", which " + (Files.exists(folder) ? "is not a folder"
          : "does not exist") + ". Name a folder holding one cookies_<lang>.properties file per"
          + " language (e.g. cookies_fr.properties); a relative path resolves against the"
          + " compiler's working directory, so with Maven write ${project.basedir}/...", null,
          null));
      return new Result(List.of(), problems);
    }
    Map<String, Translation> byLanguage = new TreeMap<>();
    for (Path file : files(folder, problems)) {
      String fileName = file.getFileName().toString();
      Matcher name = FILE.matcher(fileName);
      if (!name.matches()) {
        continue;
      }
      String language = name.group(1);
      if (!LANGUAGE.matcher(language).matches()) {
        problems.add(Problem.warning("[cookie-translation] " + file + " is skipped: \"" + language
            + "\" is not a language tag. Name the file cookies_<lang>.properties, e.g."
            + " cookies_fr.properties or cookies_pt_BR.properties.", null, null));
        continue;
      }
      String key = language.toLowerCase(Locale.ROOT).replace('-', '_');
      if (byLanguage.containsKey(key)) {
        problems.add(Problem.warning("[cookie-translation] " + file + " is skipped: "
            + byLanguage.get(key).fileName() + " already translates language " + language
            + ". Keep one file per language.", null, null));
        continue;
      }
      load(file, problems).ifPresent(texts ->
          byLanguage.put(key, new Translation(language, fileName, texts)));
    }
    if (byLanguage.isEmpty() && problems.isEmpty()) {
      problems.add(Problem.warning("[cookie-translation] " + folder + " holds no"
          + " cookies_<lang>.properties file, so no translated policy is written. Add one per"
          + " language, e.g. cookies_fr.properties with keys <cookie name>.purpose and"
          + " <cookie name>.function.", null, null));
    }
    return new Result(List.copyOf(byLanguage.values()), problems);
  }

  private static List<Path> files(Path folder, List<Problem> problems) {
    try (Stream<Path> listing = Files.list(folder)) {
      return listing.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      problems.add(Problem.error("[cookie-translation] cannot list " + folder + ": " + e
          + ". Check that the folder is readable.", null, null));
      return List.of();
    }
  }

  private static Optional<TreeMap<String, String>> load(Path file, List<Problem> problems) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1); // a byte order mark some editors write
      }
      Properties properties = new Properties();
      properties.load(new StringReader(text));
      TreeMap<String, String> texts = new TreeMap<>();
      properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
      return Optional.of(texts);
    } catch (CharacterCodingException notUtf8) {
      problems.add(Problem.error("[cookie-translation] " + file + " is not UTF-8 text. Save it as"
          + " UTF-8 (the translations are read as UTF-8, whatever the platform).", null, null));
    } catch (IOException | IllegalArgumentException unreadable) {
      problems.add(Problem.error("[cookie-translation] cannot read " + file + ": "
          + unreadable.getMessage() + ". Check that it is a readable .properties file.", null,
          null));
    }
    return Optional.empty();
  }
}
