package io.github.cookieledger.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cookieledger.spring.boot.RegistryLocator.LocatedRegistry;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which registry the starter takes from the class path: each test puts {@code cookies.json} files
 * in folders of a class loader of its own (whose parent has none).
 */
class RegistryLocatorTest {
  @TempDir Path dir;

  @Test
  void thePropertyWinsOverTheClassPath() throws IOException {
    LocatedRegistry found = RegistryLocator.locate(" org.example.Site ",
        loader(policy("app", "org.example.AppCookies")));
    assertThat(found.className()).isEqualTo("org.example.Site");
    assertThat(found.origin()).isEqualTo("cookieledger.registry=org.example.Site");
  }

  @Test
  void theOnlyPolicyNamesTheRegistry() throws IOException {
    LocatedRegistry found = RegistryLocator.locate(null, loader(policy("app", "org.example.AppCookies")));
    assertThat(found.className()).isEqualTo("org.example.AppCookies");
    assertThat(found.origin()).endsWith("app/META-INF/cookies/cookies.json");
  }

  @Test
  void theApplicationIncludesItsLibrariesSoItIsTheOneLeft() throws IOException {
    Path library = policy("widgets", "com.example.widgets.LibraryCookies");
    Path app = policy("app", "org.example.AppCookies", "com.example.widgets.LibraryCookies");
    // The library first on the class path: the order must not matter.
    assertThat(RegistryLocator.locate("", loader(library, app)).className())
        .isEqualTo("org.example.AppCookies");
  }

  @Test
  void theSameJarTwiceIsOnePolicy() throws IOException {
    Path first = policy("a", "org.example.AppCookies");
    Path second = policy("b", "org.example.AppCookies");
    assertThat(RegistryLocator.locate(null, loader(first, second)).className())
        .isEqualTo("org.example.AppCookies");
  }

  @Test
  void twoPoliciesThatDoNotIncludeEachOtherNeedTheProperty() throws IOException {
    ClassLoader loader = loader(policy("a", "org.example.AppCookies"),
        policy("b", "com.example.OtherCookies"));
    assertThatThrownBy(() -> RegistryLocator.locate(null, loader))
        .isInstanceOf(CookieLedgerStartupException.class)
        .hasMessageStartingWith("cookieledger.registry: not set, and the class path holds 2")
        .hasMessageContaining("com.example.OtherCookies (")
        .hasMessageContaining("org.example.AppCookies (")
        .hasMessageContaining("Fix: set cookieledger.registry to this application's registry");
  }

  @Test
  void noPolicyOnTheClassPathSaysHowToGetOne() {
    assertThatThrownBy(() -> RegistryLocator.locate(null, loader()))
        .isInstanceOf(CookieLedgerStartupException.class)
        .hasMessageStartingWith("cookieledger.registry: not set, and there is no"
            + " META-INF/cookies/cookies.json on the class path")
        .hasMessageContaining("cookieledger's processor on its annotation processor path")
        .hasMessageContaining("or set cookieledger.registry");
  }

  @Test
  void aFileThatIsNoPolicyIsNamed() throws IOException {
    Path broken = write("broken", "{\"format\": 1}");
    Path notJson = write("garbage", "<html>");
    assertThatThrownBy(() -> RegistryLocator.locate(null, loader(broken)))
        .isInstanceOf(CookieLedgerStartupException.class)
        .hasMessageContaining("broken/META-INF/cookies/cookies.json has no \"registry\" field")
        .hasMessageContaining("Fix: rebuild the module that holds this file with cookieledger,"
            + " or set cookieledger.registry");
    assertThatThrownBy(() -> RegistryLocator.locate(null, loader(notJson)))
        .hasMessageContaining("garbage/META-INF/cookies/cookies.json is not JSON");
  }

  private Path policy(String folder, String registry, String... includes) throws IOException {
    List<String> quoted = new ArrayList<>();
    for (String include : includes) {
      quoted.add('"' + include + '"');
    }
    return write(folder, "{\n  \"format\": 1,\n  \"registry\": \"" + registry + "\",\n"
        + "  \"includes\": [" + String.join(", ", quoted) + "],\n  \"cookies\": []\n}\n");
  }

  private Path write(String folder, String json) throws IOException {
    Path root = dir.resolve(folder);
    Path file = root.resolve(PolicyFile.PATH);
    Files.createDirectories(file.getParent());
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return root;
  }

  private static ClassLoader loader(Path... roots) throws IOException {
    URL[] urls = new URL[roots.length];
    for (int i = 0; i < roots.length; i++) {
      urls[i] = roots[i].toUri().toURL();
    }
    // No parent but the boot loader: only these folders' cookies.json files are seen.
    return new URLClassLoader(urls, null);
  }
}
