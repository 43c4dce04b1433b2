package io.github.cookieledger.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import io.github.cookieledger.Cookie;
import io.github.cookieledger.processor.testing.Compiled;
import io.github.cookieledger.processor.testing.TestCompiler;
import java.io.InputStream;
import javax.annotation.processing.Processor;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.io.TempDir;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC §3: sources with unrelated errors around declarations get the compiler's own errors and the
 * real rule errors, never an internal error, a stack trace or a cascade of "cannot find symbol"
 * about the registry. Each file of {@code src/test/resources/broken/} says what it expects:
 * {@code // javac: <text>} (an error of javac's that contains the text, or one of {@code a | b}
 * where JDK versions word it differently) and {@code // rules:
 * [cookie-tag]} (the processor's diagnostics, by tag; none when absent). Every file also uses the
 * registry constant of a well-formed declaration, which must still resolve.
 *
 * <p>One exception, javac's and not ours: an error inside an annotation (a missing or mistyped
 * value) makes javac skip annotation processing altogether, so no processor runs and javac itself
 * reports the registry as missing. Those files say {@code // javac skips annotation processing};
 * the test checks that javac indeed ran no processor (so a javac that changes its mind is
 * noticed). ECJ runs processors in spite of such errors: every file is also compiled with ECJ,
 * which must show no internal error, no stack trace and no error about the registry.
 */
class BrokenInputTest {
  private static final Pattern TAG = Pattern.compile("^\\[cookie-[a-z-]+\\]");

  static List<String> corpus() throws IOException, URISyntaxException {
    Path folder = Paths.get(BrokenInputTest.class.getClassLoader().getResource("broken").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      List<String> names = files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".java")).sorted().collect(Collectors.toList());
      assertTrue(names.size() >= 20, "the corpus has at least twenty broken inputs: " + names);
      return names;
    }
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void onlyTheCompilersErrorsAndTheRealRuleErrors(String name, @TempDir Path temp) {
    JavaFileObject source = JavaFileObjects.forResource("broken/" + name);
    List<String> lines = header(source);

    Watched processor = new Watched();
    Compiled compilation = compile(TestCompiler.JAVAC, name, temp, processor);

    String log = compilation.log();
    assertTrue(!compilation.success(), log);
    boolean skipped = lines.stream().anyMatch(l -> l.startsWith("// javac skips annotation processing"));
    assertEquals(skipped, processor.rounds == 0,
        (skipped ? "javac ran the processor after all" : "javac ran no processor") + ":\n" + log);
    List<String> errors = compilation.errors();
    for (String expected : values(lines, "javac")) {
      // "a | b": JDK versions word some errors differently
      List<String> alternatives = List.of(expected.split(" \\| "));
      assertTrue(errors.stream().anyMatch(e -> !TAG.matcher(e).find()
              && alternatives.stream().anyMatch(e::contains)),
          "javac should report \"" + expected + "\":\n" + log);
    }
    Set<String> tags = tags(compilation);
    assertEquals(new TreeSet<>(values(lines, "rules")), tags, "the processor's diagnostics:\n" + log);
    assertNoCrash(log);
    if (!skipped) {
      assertNoErrorAboutTheRegistry(log);
    }
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void underEcjNoCrashAndNoErrorAboutTheRegistry(String name, @TempDir Path temp) {
    Compiled diagnostics = compile(TestCompiler.ECJ, name, temp, new CookieProcessor());
    boolean success = diagnostics.success();

    String log = diagnostics.log();
    assertTrue(!success, "ECJ compiled a broken input:\n" + log);
    assertNoCrash(log);
    if (hasFiles(temp.resolve("gen"))) { // the processor ran
      assertNoErrorAboutTheRegistry(log);
      Set<String> tags = tags(diagnostics);
      // ECJ offers no source trees: the scan of method bodies says once, in a note, that it is
      // skipped; the corpus headers list the rules' tags only
      assertEquals(1, diagnostics.diagnostics().stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.NOTE
              && d.getMessage(Locale.ROOT).startsWith("[cookie-scan]"))
          .count(), log);
      tags.remove("[cookie-scan]");
      List<String> lines = header(JavaFileObjects.forResource("broken/" + name));
      assertEquals(new TreeSet<>(values(lines, "rules")), tags, "ECJ, the processor's diagnostics:\n"
          + log);
      Path json = temp.resolve("out/META-INF/cookies/cookies.json");
      if (Files.exists(json)) {
        String text = Compiled.read(json);
        assertTrue(!text.contains("<error>"), "a value ECJ could not resolve was read:\n" + text);
      }
    }
  }

  /** The processor, noting whether the compiler ran it at all. */
  static final class Watched extends AbstractProcessor {
    private final CookieProcessor processor = new CookieProcessor();
    int rounds;

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      processor.init(env);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return processor.getSupportedAnnotationTypes();
    }

    @Override
    public Set<String> getSupportedOptions() {
      return processor.getSupportedOptions();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return processor.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      rounds++;
      return processor.process(annotations, round);
    }
  }

  private static boolean hasFiles(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.anyMatch(Files::isRegularFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }


  /** What no compilation may show, whatever the input. */
  static void assertNoCrash(String log) {
    assertTrue(!log.contains("[cookie-internal]"), "an internal error:\n" + log);
    assertTrue(!log.contains("Exception") && !log.contains("\tat "), "a stack trace:\n" + log);
  }

  /** Once the processor ran, the registry of the well-formed declarations exists. */
  static void assertNoErrorAboutTheRegistry(String log) {
    assertTrue(!log.contains("CookieRegistry") && !log.contains("SiteCookies")
        && !log.contains("WELL_FORMED"), "an error about the registry:\n" + log);
  }

  /** The tags of the processor's diagnostics. */
  private static Set<String> tags(Compiled compiled) {
    Set<String> tags = new TreeSet<>();
    for (Diagnostic<?> d : compiled.diagnostics()) {
      Matcher tag = TAG.matcher(d.getMessage(Locale.ROOT));
      if (tag.find()) {
        tags.add(tag.group());
      }
    }
    return tags;
  }

  /** Compiles one file of the corpus on disk, under {@code temp}. */
  private static Compiled compile(TestCompiler compiler, String name, Path temp,
      Processor processor) {
    Path file = temp.resolve("src/broken/" + name);
    try (InputStream in = BrokenInputTest.class.getClassLoader()
        .getResourceAsStream("broken/" + name)) {
      Files.createDirectories(file.getParent());
      Files.copy(in, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return compiler.job(List.of(file))
        .into(temp.resolve("out"), temp.resolve("gen"))
        .classPath(List.of(TestCompiler.codeSource(Cookie.class)))
        .processors(List.of(processor))
        .call();
  }

  static List<String> header(JavaFileObject source) {
    try {
      return source.getCharContent(true).toString().lines()
          .takeWhile(line -> line.startsWith("//")).collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> values(List<String> header, String key) {
    List<String> values = new ArrayList<>();
    for (String line : header) {
      String prefix = "// " + key + ":";
      if (line.startsWith(prefix)) {
        values.add(line.substring(prefix.length()).trim());
      }
    }
    return values;
  }

}
