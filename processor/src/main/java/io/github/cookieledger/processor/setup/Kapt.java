package io.github.cookieledger.processor.setup;

import java.util.Map;

/**
 * Kotlin's kapt runs Java annotation processors over Java stubs of the Kotlin sources and then
 * stops javac: no method body is analysed afterwards. It always hands processors the option
 * {@code kapt.kotlin.generated} (the folder for generated Kotlin sources), which is how it is told
 * apart from javac.
 */
public final class Kapt {
  /**
   * The option kapt passes to every processor, in Maven and in Gradle. cookieledger lists it among
   * its supported options, since it reads it: kapt then warns of no unrecognised option.
   */
  public static final String GENERATED_OPTION = "kapt.kotlin.generated";

  /** How messages name kapt's processing environment. */
  public static final String ENVIRONMENT = "kapt";

  /** Why the undeclared-cookie scan cannot run under kapt, in words. */
  public static final String NO_ANALYSIS =
      "kapt stops javac after annotation processing, so no method body is ever analysed";

  private Kapt() {}

  /** Whether this processing environment is kapt's. */
  public static boolean runsUs(Map<String, String> processorOptions) {
    return processorOptions.containsKey(GENERATED_OPTION);
  }
}
