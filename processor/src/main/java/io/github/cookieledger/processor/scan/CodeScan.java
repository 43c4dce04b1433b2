package io.github.cookieledger.processor.scan;

import io.github.cookieledger.processor.model.Message;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * The scan of method bodies and field initialisers for cookies set by a constant name that no
 * {@code @Cookie} covers (SPEC §4b). Only javac offers the attributed source trees it needs, so
 * this interface is the one boundary between the portable processor and javac's Trees API: other
 * compilers (ECJ) and wrapped processing environments (Gradle's) get {@link Skipped}, which says
 * once that the check does not run, and everything else works as before.
 */
public interface CodeScan {

  /**
   * Arranges for every class of this compilation to be scanned once javac has attributed it, or,
   * where that is impossible, reports through {@link ScanSettings#note()} why the check is skipped.
   *
   * @param settings severity, the declared cookies and where messages go
   */
  void start(ScanSettings settings);

  /**
   * The scan this compiler can run.
   *
   * @param environment the processor's environment
   * @return javac's scan, or {@link Skipped} with the reason when the Trees API is unavailable
   */
  static CodeScan forCompiler(ProcessingEnvironment environment) {
    try {
      // JavacTask.instance and Trees.instance refuse any environment that is not javac's own; a
      // runtime without jdk.compiler cannot even load the class. Both end up here.
      return JavacCodeScan.create(environment);
    } catch (VirtualMachineError fatal) {
      throw fatal;
    } catch (LinkageError missing) {
      return new Skipped(environment.getClass().getName(),
          "the Java runtime has no jdk.compiler module");
    } catch (Throwable refused) {
      // IllegalArgumentException from JavacTask.instance, or whatever a foreign environment does
      return new Skipped(environment.getClass().getName(), "it is not javac's own");
    }
  }

  /**
   * The fallback where javac's Trees API is unavailable: one note, nothing else.
   *
   * @param environment the class of the processing environment the compiler gave
   * @param reason why javac's trees are unavailable, in words (no exception names: the note must
   *     not read like a crash)
   */
  record Skipped(String environment, String reason) implements CodeScan {
    @Override
    public void start(ScanSettings settings) {
      settings.note().accept(Message.SCAN_SKIPPED.text(environment, reason));
    }
  }
}
