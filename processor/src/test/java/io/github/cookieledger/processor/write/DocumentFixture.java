package io.github.cookieledger.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import io.github.cookieledger.processor.testing.Source;
import io.github.cookieledger.processor.testing.TestCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * The declaration set of the document tests (a portal with every category, both parties,
 * patterns, every duration form and the escaping hazards), compiled through the real processor,
 * and the helpers to read what it wrote.
 */
public final class DocumentFixture {
  /** The fixture's sources, under {@code src/test/resources/documents/portal/}. */
  public static final List<String> SOURCES = List.of(
      "org/example/portal/package-info.java",
      "org/example/portal/AuthController.java",
      "org/example/portal/LogoutController.java",
      "org/example/portal/Preferences.java",
      "org/example/portal/Analytics.java",
      "org/example/portal/Ads.java");

  /** Every cookie name the fixture declares. */
  public static final List<String> NAMES = List.of("sessionid", "csrftoken", "csrf_backup",
      "cookies_preferences", "django_language", "ods_theme", "_pk_id.*.*", "_pk_ses.*.*", "_ga",
      "_ga_*", "_gid", "_gat", "x&y|z", "-promo");

  private DocumentFixture() {}

  public static List<Source> sources() {
    return SOURCES.stream().map(source -> Source.ofResource("documents/portal/", source)).toList();
  }

  /** Compiles the fixture with the given {@code -A} options ({@code "cookieledger.formats=md"}). */
  public static Compilation compile(String... options) {
    return compile(sources(), options);
  }

  public static Compilation compile(List<Source> sources, String... options) {
    return TestCompiler.JAVAC.compile(List.of(options), sources);
  }

  /**
   * Compiles the fixture with javac itself into a folder, for builds that fail: compile-testing
   * hides the files of a failed compilation.
   *
   * @return the error messages
   */
  public static List<String> compileToFolder(Path classes, String... options) {
    return TestCompiler.JAVAC
        .job(SOURCES.stream().map(source -> resourcePath("documents/portal/" + source)).toList())
        .into(classes, classes)
        .options(Arrays.stream(options).map(option -> "-A" + option).toList())
        .call()
        .errors();
  }

  /** A document the compilation wrote under {@code META-INF/cookies/}, if it wrote it. */
  public static Optional<String> document(Compilation compilation, String name) {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/cookies/" + name)
        .map(file -> {
          try {
            return file.getCharContent(true).toString();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Every document the compilation wrote, by name, sorted. */
  public static TreeMap<String, String> documents(Compilation compilation) {
    TreeMap<String, String> documents = new TreeMap<>();
    String prefix = "/CLASS_OUTPUT/META-INF/cookies/";
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (path.startsWith(prefix)) {
        String name = path.substring(prefix.length());
        documents.put(name, document(compilation, name).orElseThrow());
      }
    }
    return documents;
  }

  public static String require(Compilation compilation, String name) {
    return document(compilation, name).orElseGet(() -> fail(name + " was not written; "
        + compilation.diagnostics()));
  }

  /** The messages of one kind, joined, for assertions on what the build said. */
  public static List<String> messages(Compilation compilation, Diagnostic.Kind kind) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == kind)
        .map(d -> d.getMessage(null))
        .toList();
  }

  public static void assertNoErrors(Compilation compilation) {
    assertEquals(List.of(), messages(compilation, Diagnostic.Kind.ERROR));
  }

  /** A test resource as a path (they are files under target/test-classes). */
  public static Path resourcePath(String name) {
    try {
      return Path.of(resource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static URL resource(String name) {
    URL url = DocumentFixture.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalStateException("no test resource " + name);
    }
    return url;
  }

  /**
   * Compares a document with its golden file under {@code golden/documents/}; with {@code
   * -Dcookieledger.updateGolden=true} writes the golden file instead.
   */
  public static void assertGolden(String name, String actual) {
    String root = System.getProperty("cookieledger.goldenRoot");
    if (root == null) {
      fail("the system property cookieledger.goldenRoot is not set (Surefire sets it)");
    }
    Path golden = Path.of(root, "documents", name);
    try {
      if (Boolean.getBoolean("cookieledger.updateGolden")) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(golden)) {
        fail("no golden file " + golden + "; run with -Dcookieledger.updateGolden=true to create"
            + " it, then review it");
      }
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
          name + " differs from " + golden + " (-Dcookieledger.updateGolden=true regenerates)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
