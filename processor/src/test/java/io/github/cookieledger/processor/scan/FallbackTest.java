package io.github.cookieledger.processor.scan;

import static io.github.cookieledger.processor.scan.ScanCompilation.describe;
import static io.github.cookieledger.processor.scan.ScanCompilation.tagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.cookieledger.processor.CookieProcessor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Where the processing environment is not javac's own (Gradle wraps it; ECJ has its own), the
 * Trees API refuses it: the scan is skipped with one note and the build is otherwise unchanged.
 */
class FallbackTest {
  private static final String SITE = """
      package app;

      import io.github.cookieledger.Category;
      import io.github.cookieledger.Cookie;
      import java.net.HttpCookie;

      class Site {
        @Cookie(name = "sid", provider = "Us", purpose = "To test", category = Category.NECESSARY)
        void set(String value) {
          new HttpCookie("undeclared_here", value);
        }
      }
      """;

  @Test
  void aWrappedEnvironmentSkipsTheScanWithOneNote() {
    Compilation compilation = ScanCompilation.compile(new WrappedEnvironment(new CookieProcessor()),
        List.of("-Acookieledger.undeclared=error"),
        List.of(JavaFileObjects.forSourceString("app.Site", SITE)));

    assertEquals(Compilation.Status.SUCCESS, compilation.status(), describe(compilation));
    List<Diagnostic<? extends JavaFileObject>> notes = tagged(compilation, "[cookie-scan]");
    assertEquals(1, notes.size(), describe(compilation));
    assertEquals(Diagnostic.Kind.NOTE, notes.get(0).getKind());
    String note = notes.get(0).getMessage(Locale.ROOT);
    assertTrue(note.contains("skips the check for cookies that code sets without a @Cookie"
        + " declaration"), note);
    assertTrue(note.contains("com.sun.proxy") || note.contains("$Proxy"), note);
    assertTrue(tagged(compilation, "[cookie-undeclared]").isEmpty(), describe(compilation));
    // everything else as usual
    assertTrue(compilation.generatedSourceFile("app.CookieRegistry").isPresent());
    assertTrue(ScanCompilation.cookiesJson(compilation).contains("\"name\": \"sid\""));
  }

  @Test
  void offNeedsNoNote() {
    Compilation compilation = ScanCompilation.compile(new WrappedEnvironment(new CookieProcessor()),
        List.of("-Acookieledger.undeclared=off"),
        List.of(JavaFileObjects.forSourceString("app.Site", SITE)));

    assertEquals(Compilation.Status.SUCCESS, compilation.status(), describe(compilation));
    assertTrue(tagged(compilation, "[cookie-").isEmpty(), describe(compilation));
  }

  /**
   * A processor whose environment is a delegating proxy, as Gradle's incremental processing
   * gives one: every call reaches javac's environment, but it is not javac's class.
   */
  private static final class WrappedEnvironment implements Processor {
    private final Processor delegate;

    WrappedEnvironment(Processor delegate) {
      this.delegate = delegate;
    }

    @Override
    public void init(ProcessingEnvironment environment) {
      delegate.init((ProcessingEnvironment) Proxy.newProxyInstance(
          getClass().getClassLoader(), new Class<?>[] {ProcessingEnvironment.class},
          (proxy, method, arguments) -> {
            try {
              return method.invoke(environment, arguments);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          }));
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }

    @Override
    public Iterable<? extends Completion> getCompletions(Element element,
        AnnotationMirror annotation, ExecutableElement member, String userText) {
      return delegate.getCompletions(element, annotation, member, userText);
    }
  }
}
