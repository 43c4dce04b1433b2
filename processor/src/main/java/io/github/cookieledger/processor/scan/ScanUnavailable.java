package io.github.cookieledger.processor.scan;

import io.github.cookieledger.processor.model.Message;
import javax.tools.Diagnostic;

/**
 * The one decision about a compilation in which the scan cannot run (ECJ, a wrapped processing
 * environment, kapt where javac stops after processing): a gate a team closed with {@code
 * -Acookieledger.undeclared=error} must not open silently, so there the skip is an error unless
 * {@code -Acookieledger.scanUnavailable=note} accepts it; otherwise it is a note.
 */
public final class ScanUnavailable {
  private ScanUnavailable() {}

  /**
   * How the skip is reported.
   *
   * @param undeclared the severity of {@code -Acookieledger.undeclared} ({@code OTHER} for off)
   * @param explicit {@code -Acookieledger.scanUnavailable} as {@code NOTE} or {@code ERROR}, or
   *     null when not given
   * @return {@code ERROR} or {@code NOTE}
   */
  public static Diagnostic.Kind kind(Diagnostic.Kind undeclared, Diagnostic.Kind explicit) {
    if (explicit != null) {
      return explicit;
    }
    return undeclared == Diagnostic.Kind.ERROR ? Diagnostic.Kind.ERROR : Diagnostic.Kind.NOTE;
  }

  /**
   * Says, once for the compilation, that the scan does not run, with the kind {@link
   * ScanSettings#unavailable()} decided.
   *
   * @param settings the scan's settings
   * @param environment the class of the processing environment (or the tool) that offers no trees
   * @param reason why, in words
   */
  public static void report(ScanSettings settings, String environment, String reason) {
    Message message = settings.unavailable() == Diagnostic.Kind.ERROR
        ? Message.SCAN_UNAVAILABLE : Message.SCAN_SKIPPED;
    settings.print().accept(message.kind(), message.text(environment, reason));
  }
}
