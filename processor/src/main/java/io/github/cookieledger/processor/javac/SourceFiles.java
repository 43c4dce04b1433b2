package io.github.cookieledger.processor.javac;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/**
 * The source file of an element this compilation compiles, through javac's Trees API. Elsewhere
 * (ECJ, a wrapped processing environment, a runtime without jdk.compiler) nothing is known, and
 * every answer is empty.
 */
public final class SourceFiles {
  private SourceFiles() {}

  public static Function<Element, Optional<URI>> of(ProcessingEnvironment environment) {
    Trees trees;
    try {
      trees = Trees.instance(environment);
    } catch (VirtualMachineError fatal) {
      throw fatal;
    } catch (Throwable notJavac) {
      return element -> Optional.empty();
    }
    return element -> {
      try {
        TreePath path = trees.getPath(element);
        return path == null ? Optional.empty()
            : Optional.of(path.getCompilationUnit().getSourceFile().toUri());
      } catch (RuntimeException unknown) {
        return Optional.empty(); // an element of a class file, or one javac cannot place
      }
    };
  }
}
