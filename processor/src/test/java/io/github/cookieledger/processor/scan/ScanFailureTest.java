package io.github.cookieledger.processor.scan;

import static io.github.cookieledger.processor.scan.ScanCompilation.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.github.cookieledger.processor.javac.JavacAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * A bug in the scan is reported once and never takes javac down. javac only: the scan runs only
 * where javac's Trees API is (under ECJ it never starts, see EcjGateTest).
 */
class ScanFailureTest {

  /** Starts the scan with a lookup of declared cookies that fails, and records what it reports. */
  private static final class FailingLookup extends AbstractProcessor {
    final List<Throwable> internalErrors = new ArrayList<>();

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
      super.init(environment);
      CodeScan.forCompiler(JavacAccess.of(environment), environment).start(new ScanSettings(
          Diagnostic.Kind.WARNING,
          Diagnostic.Kind.NOTE,
          () -> {
            throw new IllegalStateException("lookup failed");
          },
          (kind, message) -> {},
          internalErrors::add,
          name -> Optional.empty()));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return false;
    }
  }

  @Test
  void aFailingScanIsReportedOnceAndTheCompilationGoesOn() {
    FailingLookup processor = new FailingLookup();
    Compilation compilation = Compiler.javac().withProcessors(processor).compile(
        // the declared cookies are looked up only once a name is found: both classes set one
        JavaFileObjects.forSourceString("app.A",
            "package app; class A { Object c = new java.net.HttpCookie(\"a\", \"v\"); }"),
        JavaFileObjects.forSourceString("app.B",
            "package app; class B { Object c = new java.net.HttpCookie(\"b\", \"v\"); }"));

    assertEquals(Compilation.Status.SUCCESS, compilation.status(), describe(compilation));
    assertEquals(1, processor.internalErrors.size(), processor.internalErrors.toString());
    assertTrue(processor.internalErrors.get(0).getMessage().contains("lookup failed"));
  }
}
