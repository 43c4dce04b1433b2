package io.github.cookieledger.processor.javac;

import java.net.URI;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Element;

/**
 * The source file of an element this compilation compiles, through javac's Trees API. Where
 * javac's internals are unavailable nothing is known, and every answer is empty.
 */
public final class SourceFiles {
  private SourceFiles() {}

  public static Function<Element, Optional<URI>> of(JavacAccess javac) {
    if (!(javac instanceof JavacAccess.Available available)) {
      return element -> Optional.empty();
    }
    return element -> {
      try {
        var path = available.trees().getPath(element);
        return path == null ? Optional.empty()
            : Optional.of(path.getCompilationUnit().getSourceFile().toUri());
      } catch (RuntimeException unknown) {
        return Optional.empty(); // an element of a class file, or one javac cannot place
      }
    };
  }
}
