package io.github.cookieledger.processor.scan;

import com.google.gson.Gson;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.github.cookieledger.CookieDefinition;
import io.github.cookieledger.processor.CookieProcessor;
import io.github.cookieledger.processor.testing.Compiled;
import io.github.cookieledger.processor.testing.TestCompiler;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Compiles test sources with the processor and picks out the scan's diagnostics. javac only
 * ({@link TestCompiler#JAVAC}): the scan needs javac's Trees API (under ECJ see EcjGateTest).
 */
final class ScanCompilation {
  private ScanCompilation() {}

  static Compilation compile(List<String> options, List<JavaFileObject> sources) {
    return compile(new CookieProcessor(), options, sources);
  }

  static Compilation compile(Processor processor, List<String> options,
      List<JavaFileObject> sources) {
    return Compiler.javac().withProcessors(processor).withOptions(options).compile(sources);
  }

  static List<JavaFileObject> sources(List<JavaFileObject> first, JavaFileObject... more) {
    List<JavaFileObject> all = new ArrayList<>(first);
    all.addAll(Arrays.asList(more));
    return all;
  }

  /**
   * Plain javac on a folder of sources, the processor found on {@code -processorpath} (through
   * its {@code META-INF/services} entry) in a class loader of its own, as Maven runs it.
   */
  static Compiled javac(Path sources, Path classes, List<String> moreOptions) throws IOException {
    List<File> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).sorted()
          .collect(Collectors.toList());
    }
    return javac(files, classes, moreOptions);
  }

  /**
   * Plain javac on some files, the class output also on the class path: a partial build (an IDE
   * recompiling the changed files) sees the classes of the earlier build there.
   */
  static Compiled javac(List<File> files, Path classes, List<String> moreOptions) {
    return javac(files, classes, classes, moreOptions);
  }

  /**
   * Plain javac into {@code output} with {@code classPath} on the class path: the main classes
   * when {@code output} is a module's test classes.
   */
  static Compiled javac(List<File> files, Path output, Path classPath, List<String> moreOptions) {
    List<String> options = new ArrayList<>(List.of("-processorpath", Stream.of(
        CookieProcessor.class, CookieDefinition.class, Gson.class)
        .map(type -> TestCompiler.codeSource(type).toString())
        .collect(Collectors.joining(File.pathSeparator))));
    options.addAll(moreOptions);
    // generated sources beside the class files, as javac puts them without -s
    return TestCompiler.JAVAC.job(files.stream().map(File::toPath).toList())
        .into(output, output)
        .classPath(List.of(output, classPath, TestCompiler.codeSource(CookieDefinition.class)))
        .options(options)
        .processors(List.of())
        .call();
  }

  /** The {@code cookies.json} a compilation wrote, or a description of why there is none. */
  static String cookiesJson(Compilation compilation) {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/cookies/cookies.json")
        .map(file -> {
          try {
            return file.getCharContent(true).toString();
          } catch (IOException unwritten) {
            return "not written: " + unwritten;
          }
        })
        .orElse("not written");
  }

  /** The diagnostics whose message holds a tag such as {@code [cookie-undeclared]}. */
  static List<Diagnostic<? extends JavaFileObject>> tagged(Compilation compilation, String tag) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getMessage(Locale.ROOT).contains(tag))
        .collect(Collectors.toList());
  }

  /** The scan's summary note, which every compilation with a cookie call prints once. */
  static String summary(Compilation compilation) {
    List<Diagnostic<? extends JavaFileObject>> notes = tagged(compilation, SUMMARY);
    if (notes.size() != 1 || notes.get(0).getKind() != Diagnostic.Kind.NOTE) {
      throw new AssertionError("not one summary note:\n" + describe(compilation));
    }
    return notes.get(0).getMessage(Locale.ROOT);
  }

  /** Every cookieledger diagnostic but the summary note. */
  static List<Diagnostic<? extends JavaFileObject>> findings(Compilation compilation) {
    return tagged(compilation, "[cookie-").stream()
        .filter(d -> !d.getMessage(Locale.ROOT).startsWith(SUMMARY))
        .collect(Collectors.toList());
  }

  /** How the summary note starts. */
  static final String SUMMARY = "[cookie-scan] cookie names checked in code: ";

  /** All diagnostics, one a line, for assertion messages. */
  static String describe(Compilation compilation) {
    return compilation.diagnostics().stream()
        .map(d -> d.getKind() + " " + d.getLineNumber() + ":" + d.getColumnNumber() + " "
            + d.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n"));
  }

  /** The 1-based line of the first line of a source that contains a marker. */
  static int lineOf(String source, String marker) {
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(marker)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line holds " + marker);
  }

  /** The 1-based column where a text starts on the line that holds a marker. */
  static int columnOf(String source, String marker, String text) {
    String line = source.split("\n", -1)[lineOf(source, marker) - 1];
    int index = line.indexOf(text);
    if (index < 0) {
      throw new AssertionError(marker + " line does not hold " + text);
    }
    return index + 1;
  }
}
