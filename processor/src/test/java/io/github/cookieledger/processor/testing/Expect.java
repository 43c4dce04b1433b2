package io.github.cookieledger.processor.testing;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;

/**
 * Assertions on a compilation's diagnostics: an expected problem is found by a message fragment
 * that names the offending value, in the given file, on the line of the given source text.
 */
public final class Expect {
  private Expect() {}

  /** An error holding {@code message}, in {@code source}, on the line holding {@code at}. */
  public static void error(Compilation compilation, Source source, String at, String message) {
    assertThat(compilation).hadErrorContaining(message).inFile(source.file())
        .onLine(source.line(at));
  }

  /** {@link #error}, and it is the compilation's only error. */
  public static void onlyError(Compilation compilation, Source source, String at, String message) {
    assertThat(compilation).hadErrorCount(1);
    error(compilation, source, at, message);
  }

  /** A warning holding {@code message}, in {@code source}, on the line holding {@code at}. */
  public static void warning(Compilation compilation, Source source, String at, String message) {
    assertThat(compilation).hadWarningContaining(message).inFile(source.file())
        .onLine(source.line(at));
  }

  /** Compiles without errors or warnings. */
  public static void clean(Compilation compilation) {
    assertThat(compilation).succeededWithoutWarnings();
  }
}
