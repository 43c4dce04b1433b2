package io.github.cookieledger.benchmarks.floor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * The build benchmark's floor: what any processor of these annotations pays. It reads every
 * {@code @Cookie}, {@code @Cookies} and {@code @CookiePolicy} through mirrors (all values,
 * defaults filled in, nested annotations included), and like any generating processor writes one
 * small source file in the first round and one resource when processing is over. Nothing more.
 */
public final class FloorProcessor extends AbstractProcessor {
  private int elements;
  private int values;
  private boolean sourceWritten;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("io.github.cookieledger.Cookie", "io.github.cookieledger.Cookies",
        "io.github.cookieledger.CookiePolicy");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (round.processingOver()) {
      writeResource();
      return false;
    }
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        elements++;
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
          read(mirror);
        }
      }
    }
    if (!sourceWritten && elements > 0) {
      writeSource();
      sourceWritten = true;
    }
    return false;
  }

  private void read(AnnotationMirror mirror) {
    for (AnnotationValue value :
        processingEnv.getElementUtils().getElementValuesWithDefaults(mirror).values()) {
      values++;
      Object v = value.getValue();
      if (v instanceof AnnotationMirror) {
        read((AnnotationMirror) v);
      } else if (v instanceof List) {
        for (Object item : (List<?>) v) {
          Object inner = ((AnnotationValue) item).getValue();
          if (inner instanceof AnnotationMirror) {
            read((AnnotationMirror) inner);
          }
        }
      }
    }
  }

  private void writeSource() {
    try (Writer w = processingEnv.getFiler().createSourceFile("floor.FloorSummary").openWriter()) {
      w.write("package floor;\n\n/** Written by the benchmark's floor processor. */\n"
          + "public final class FloorSummary {\n  public static final int ELEMENTS = " + elements
          + ";\n\n  private FloorSummary() {}\n}\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeResource() {
    try (Writer w = processingEnv.getFiler()
        .createResource(StandardLocation.CLASS_OUTPUT, "", "META-INF/floor/summary.txt")
        .openWriter()) {
      w.write("elements=" + elements + "\nvalues=" + values + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
