package io.github.cookieledger.processor.translate;

import io.github.cookieledger.processor.model.Message;
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
      problems.add(Message.TRANSLATIONS_NOT_A_FOLDER.global(option, folder,
          Files.exists(folder) ? "is not a folder" : "does not exist"));
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
        problems.add(Message.TRANSLATION_BAD_LANGUAGE.global(file, language));
        continue;
      }
      String key = language.toLowerCase(Locale.ROOT).replace('-', '_');
      if (byLanguage.containsKey(key)) {
        problems.add(Message.TRANSLATION_SAME_LANGUAGE.global(file, byLanguage.get(key).fileName(),
            language));
        continue;
      }
      load(file, problems).ifPresent(texts ->
          byLanguage.put(key, new Translation(language, fileName, texts)));
    }
    if (byLanguage.isEmpty() && problems.isEmpty()) {
      problems.add(Message.TRANSLATIONS_NONE.global(folder));
    }
    return new Result(List.copyOf(byLanguage.values()), problems);
  }

  private static List<Path> files(Path folder, List<Problem> problems) {
    try (Stream<Path> listing = Files.list(folder)) {
      return listing.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      problems.add(Message.TRANSLATIONS_UNLISTABLE.global(folder, e));
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
      problems.add(Message.TRANSLATION_NOT_UTF8.global(file));
    } catch (IOException | IllegalArgumentException unreadable) {
      problems.add(Message.TRANSLATION_UNREADABLE.global(file, unreadable.getMessage()));
    }
    return Optional.empty();
  }
}
