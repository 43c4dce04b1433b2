package io.github.cookieledger.processor.testing;

import io.github.cookieledger.processor.CookieProcessor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The cookieledger processor behind a delegating processing environment, as Gradle's incremental
 * processing runs it: every call reaches javac's environment, but it is not javac's class, so
 * compiler-specific casts fail. Optionally with the Filer wrapped too.
 */
public final class GradleLikeProcessor implements Processor {
  private final Processor processor = new CookieProcessor();
  private final UnaryOperator<Filer> filer;

  public GradleLikeProcessor() {
    this(UnaryOperator.identity());
  }

  /** @param filer wraps javac's Filer, e.g. to record what the processor creates */
  public GradleLikeProcessor(UnaryOperator<Filer> filer) {
    this.filer = filer;
  }

  @Override
  public void init(ProcessingEnvironment environment) {
    Filer wrappedFiler = filer.apply(environment.getFiler());
    processor.init((ProcessingEnvironment) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {ProcessingEnvironment.class},
        (proxy, method, arguments) -> {
          if (method.getName().equals("getFiler")) {
            return wrappedFiler;
          }
          try {
            return method.invoke(environment, arguments);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        }));
  }

  @Override
  public Set<String> getSupportedOptions() {
    return processor.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return processor.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return processor.getSupportedSourceVersion();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return processor.process(annotations, round);
  }

  @Override
  public Iterable<? extends Completion> getCompletions(Element element,
      AnnotationMirror annotation, ExecutableElement member, String userText) {
    return processor.getCompletions(element, annotation, member, userText);
  }
}
