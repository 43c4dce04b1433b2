package io.github.cookieledger.processor.scan;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.tools.Diagnostic;

/**
 * What the scan needs from the processor.
 *
 * @param severity how an undeclared cookie is reported: {@code ERROR} or {@code WARNING}
 * @param declared the cookies the compilation declares, asked for once processing is over (the
 *     declarations are final by then)
 * @param note prints a note for the whole compilation (the processor's {@code Messager})
 * @param internalError reports a bug in the scan without breaking the compilation
 */
public record ScanSettings(
    Diagnostic.Kind severity,
    Supplier<DeclaredCookies> declared,
    Consumer<String> note,
    Consumer<Throwable> internalError) {}
