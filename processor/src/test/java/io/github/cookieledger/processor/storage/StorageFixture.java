package io.github.cookieledger.processor.storage;

import com.google.testing.compile.Compilation;
import io.github.cookieledger.processor.testing.Source;
import io.github.cookieledger.processor.write.DocumentFixture;
import java.util.ArrayList;
import java.util.List;

/**
 * A shop that declares web storage besides cookies: every kind, every category, patterns, an
 * anonymized IndexedDB, a key that shares its name with a cookie, and texts hostile to every
 * output format ({@code </script>}, U+2028, quotes, backticks, {@code ${}}).
 */
public final class StorageFixture {
  public static final List<String> SOURCES = List.of(
      "org/example/shop/package-info.java",
      "org/example/shop/Session.java",
      "org/example/shop/Preferences.java",
      "org/example/shop/Analytics.java",
      "org/example/shop/Ads.java");

  /** Every format, and the French translation. */
  public static final String[] ALL = {
    "cookieledger.formats=md,html,csv,tcf,cookieconsent,klaro",
    "cookieledger.translations=" + DocumentFixture.resourcePath("documents/storage-translations")
  };

  private StorageFixture() {}

  public static List<Source> sources() {
    return SOURCES.stream().map(source -> Source.ofResource("documents/storage/", source)).toList();
  }

  public static Compilation compile(String... options) {
    return DocumentFixture.compile(sources(), options);
  }
}
