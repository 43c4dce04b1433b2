package org.example.portal;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Whether the browser test can run here: skip where Chromium is missing, but never on CI. */
final class BrowserAvailability {
  static final String HOW_TO_INSTALL =
      "install Debian's Chromium and its driver to run it:"
          + " sudo apt-get install chromium chromium-driver";

  private BrowserAvailability() {}

  /** @return why the browser test cannot run, or null when it can */
  static String missing(Path chromium, Path chromedriver) {
    if (!Files.isExecutable(chromium)) {
      return chromium + " not found";
    }
    if (!Files.isExecutable(chromedriver)) {
      return chromedriver + " not found";
    }
    return null;
  }

  /** Skips the calling test (fails it with {@code CI=true}) when the browser is missing. */
  static void require(Path chromium, Path chromedriver, String ci) {
    String missing = missing(chromium, chromedriver);
    if (missing == null) {
      return;
    }
    String message = "Browser test: " + missing + "; " + HOW_TO_INSTALL;
    if ("true".equalsIgnoreCase(ci)) {
      fail(message + " (CI=true: the browser test must run on CI; .ci/run installs them)");
    }
    Assumptions.abort(message);
  }
}
