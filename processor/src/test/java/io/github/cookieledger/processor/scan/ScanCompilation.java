package io.github.cookieledger.processor.scan;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.github.cookieledger.processor.CookieProcessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles test sources with the processor and picks out the scan's diagnostics. */
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

  /** The diagnostics whose message holds a tag such as {@code [cookie-undeclared]}. */
  static List<Diagnostic<? extends JavaFileObject>> tagged(Compilation compilation, String tag) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getMessage(Locale.ROOT).contains(tag))
        .collect(Collectors.toList());
  }

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
