package io.github.cookieledger.processor.scan;

import io.github.cookieledger.processor.javac.JavacAccess;
import io.github.cookieledger.processor.setup.Kapt;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * The scan of method bodies and field initialisers for cookies set by a constant name that no
 * {@code @Cookie} covers (SPEC §4b). It needs javac's attributed source trees, which it gets from
 * the processor's one seam to javac ({@link JavacAccess}); where that seam has none (ECJ, wrapped
 * processing environments such as Gradle's) the scan is {@link Skipped}: it says once that the
 * check does not run, and everything else works as before.
 */
public interface CodeScan {

  /**
   * Arranges for every class of this compilation to be scanned once javac has attributed it, or,
   * where that is impossible, reports through {@link ScanUnavailable} why the check is skipped.
   *
   * @param settings severity, the declared cookies and where messages go
   */
  void start(ScanSettings settings);

  /**
   * The scan this compiler can run.
   *
   * @param javac what javac offers in this environment
   * @param environment the processor's environment
   * @return javac's scan, or {@link Skipped} with the reason javac's trees are unavailable
   */
  static CodeScan forCompiler(JavacAccess javac, ProcessingEnvironment environment) {
    if (Kapt.runsUs(environment.getOptions())) {
      // javac's trees are there, but kapt ends the compilation before any body is attributed
      return new Skipped(Kapt.ENVIRONMENT, Kapt.NO_ANALYSIS);
    }
    if (javac instanceof JavacAccess.Available available) {
      return new JavacCodeScan(available, environment);
    }
    JavacAccess.Unavailable unavailable = (JavacAccess.Unavailable) javac;
    return new Skipped(unavailable.environment(), unavailable.reason());
  }

  /**
   * The fallback where javac's trees are unavailable: one note, nothing else.
   *
   * @param environment the class of the processing environment the compiler gave
   * @param reason why javac's trees are unavailable, in words
   */
  record Skipped(String environment, String reason) implements CodeScan {
    @Override
    public void start(ScanSettings settings) {
      ScanUnavailable.report(settings, environment, reason);
    }
  }
}
