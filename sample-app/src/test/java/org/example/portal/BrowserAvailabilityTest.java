package org.example.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Without Chromium the browser test is skipped with how to install it, except on CI. */
class BrowserAvailabilityTest {
  @TempDir Path dir;

  @Test
  void missingBrowserSkipsWithInstallHint() {
    Path none = dir.resolve("chromium");
    TestAbortedException skipped = assertThrows(TestAbortedException.class,
        () -> BrowserAvailability.require(none, none, null));
    assertTrue(skipped.getMessage().contains("apt-get install chromium chromium-driver"),
        skipped.getMessage());
  }

  @Test
  void missingBrowserOnCiFails() {
    Path none = dir.resolve("chromium");
    AssertionFailedError failed = assertThrows(AssertionFailedError.class,
        () -> BrowserAvailability.require(none, none, "true"));
    assertTrue(failed.getMessage().contains("CI=true"), failed.getMessage());
  }

  @Test
  void bothExecutablesPresentRuns() throws IOException {
    Path chromium = Files.createFile(dir.resolve("chromium"));
    Path driver = Files.createFile(dir.resolve("chromedriver"));
    assertEquals(chromium + " not found", BrowserAvailability.missing(chromium, driver),
        "a file that cannot be executed is no browser");
    assertTrue(chromium.toFile().setExecutable(true));
    assertEquals(driver + " not found", BrowserAvailability.missing(chromium, driver));
    assertTrue(driver.toFile().setExecutable(true));
    assertNull(BrowserAvailability.missing(chromium, driver));
    BrowserAvailability.require(chromium, driver, "true");
  }
}
