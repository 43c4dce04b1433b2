package io.github.cookieledger.benchmarks.build;

import java.util.List;

/** The three ways the corpus is compiled. */
enum Variant {
  /** {@code javac -proc:none}: no annotation processing at all. */
  OFF("off"),
  /** The floor: a processor that reads the same annotations and writes one source, one resource. */
  FLOOR("floor"),
  /** cookieledger: processor jar and annotations jar on {@code -processorpath}. */
  COOKIELEDGER("cookieledger");

  final String label;

  Variant(String label) {
    this.label = label;
  }

  List<String> processingArguments(Jars jars) {
    switch (this) {
      case OFF:
        return List.of("-proc:none");
      case FLOOR:
        return List.of("-processorpath", jars.floor() + java.io.File.pathSeparator + jars.annotations());
      default:
        return List.of("-processorpath",
            jars.processor() + java.io.File.pathSeparator + jars.annotations());
    }
  }

  /** The jars a run needs. */
  record Jars(String annotations, String processor, String floor) {}
}
