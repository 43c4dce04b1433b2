package io.github.cookieledger.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by Selenium, with a fresh profile. Where Chromium (or a
 * test's npm packages) is missing the test is skipped with how to install it, except with {@code
 * CI=true}: CI must run it.
 */
final class Chromium {
  static final Path BINARY = Paths.get("/usr/bin/chromium");
  static final Path DRIVER = Paths.get("/usr/bin/chromedriver");

  private Chromium() {}

  static ChromeDriver start() {
    require(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
        BINARY + " or " + DRIVER + " not found; install Debian's Chromium and its driver:"
            + " sudo apt-get install chromium chromium-driver");
    try {
      Path profiles = Paths.get(System.getProperty("cookieledger.browserProfiles",
          "target/chromium-profiles"));
      Files.createDirectories(profiles);
      ChromeOptions options = new ChromeOptions();
      options.setBinary(BINARY.toFile());
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
          "--window-size=1280,900",
          "--user-data-dir=" + Files.createTempDirectory(profiles, "profile-").toAbsolutePath());
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
      return driver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Forgets every cookie of every domain and the current origin's web storage. */
  static void clear(ChromeDriver driver) {
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    driver.executeScript("try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}");
  }

  /** The npm packages .ci/npm-packages unpacks; the test is skipped (failed on CI) without. */
  static Path npmPackages(String... packages) {
    Path root = Paths.get(System.getProperty("cookieledger.npm", "npm/node_modules"));
    for (String name : packages) {
      require(Files.isRegularFile(root.resolve(name).resolve("package.json")),
          "npm package " + name + " not found under " + root + "; run .ci/npm-packages"
              + " (it unpacks the pinned versions there)");
    }
    return root;
  }

  private static void require(boolean present, String missing) {
    if (present) {
      return;
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("Browser test: " + missing + " (CI=true: the browser tests must run on CI; .ci/run"
          + " installs what they need)");
    }
    Assumptions.abort("Browser test: " + missing);
  }
}
