package io.github.cookieledger.processor.scan;

import io.github.cookieledger.processor.known.CookieDraft;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.tools.Diagnostic;

/**
 * What the scan needs from the processor.
 *
 * @param severity how an undeclared cookie is reported: {@code ERROR} or {@code WARNING}
 * @param unavailable how the compilation is told that the scan cannot run on this compiler:
 *     {@code ERROR} or {@code NOTE}, decided once by {@link ScanUnavailable#kind}
 * @param declared the cookies the compilation declares, asked for once processing is over (the
 *     declarations are final by then)
 * @param print prints a message for the whole compilation (the processor's {@code Messager})
 * @param internalError reports a bug in the scan without breaking the compilation
 * @param draft for an undeclared cookie's name, a draft declaration from the Open Cookie Database,
 *     or empty when the database does not know the name (or its check is off)
 */
public record ScanSettings(
    Diagnostic.Kind severity,
    Diagnostic.Kind unavailable,
    Supplier<DeclaredCookies> declared,
    BiConsumer<Diagnostic.Kind, String> print,
    Consumer<Throwable> internalError,
    Function<String, Optional<CookieDraft>> draft) {

  /** Prints a note for the whole compilation. */
  void note(String message) {
    print.accept(Diagnostic.Kind.NOTE, message);
  }
}
