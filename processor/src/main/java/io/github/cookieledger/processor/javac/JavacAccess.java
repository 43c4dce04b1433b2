package io.github.cookieledger.processor.javac;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * The one seam to javac's internals: its task (to listen for the end of attribution) and its Trees
 * API (source trees and positions). Every javac-specific part of the processor gets them here, and
 * only here, under one fallback rule (Spring's configuration processor does the same with its
 * {@code JavaCompilerFieldValuesParser} and {@code FieldValuesParser.NONE}): whatever keeps javac
 * from handing them out — another compiler (ECJ), a processing environment a build tool wraps
 * (Gradle's), a runtime without the {@code jdk.compiler} module — gives {@link Unavailable} with
 * the reason in words, and the parts that need javac do nothing but say so once.
 */
public sealed interface JavacAccess permits JavacAccess.Available, JavacAccess.Unavailable {

  /**
   * What javac offers in this environment.
   *
   * @param environment the processor's environment
   * @return javac's task and trees, or why they are unavailable
   */
  static JavacAccess of(ProcessingEnvironment environment) {
    String name = environment.getClass().getName();
    try {
      // JavacTask.instance and Trees.instance refuse any environment that is not javac's own; a
      // runtime without jdk.compiler cannot even load the classes. Both end up below.
      return new Available(JavacTask.instance(environment), Trees.instance(environment));
    } catch (VirtualMachineError fatal) {
      throw fatal;
    } catch (LinkageError missing) {
      return new Unavailable(name, "the Java runtime has no jdk.compiler module");
    } catch (Throwable refused) {
      // IllegalArgumentException from javac, or whatever a foreign environment does
      return new Unavailable(name, "it is not javac's own");
    }
  }

  /**
   * javac's own environment.
   *
   * @param task the compilation, which takes task listeners
   * @param trees the source trees of the compilation
   */
  record Available(JavacTask task, Trees trees) implements JavacAccess {}

  /**
   * Any other environment.
   *
   * @param environment the class of the processing environment (or of the part that refused)
   * @param reason why javac's internals are unavailable, in words (no exception names: a message
   *     that repeats it must not read like a crash)
   */
  record Unavailable(String environment, String reason) implements JavacAccess {}
}
