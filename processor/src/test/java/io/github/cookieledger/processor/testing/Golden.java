package io.github.cookieledger.processor.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares generated text byte for byte with a committed golden file under {@code
 * src/test/resources/golden/} (the folder Surefire passes as {@code cookieledger.goldenRoot}).
 *
 * <p>To accept a deliberate change of the output, regenerate the files and review the diff:
 * {@code mvn -B -pl processor -am test -Dtest=SeedGoldenTest -Dcookieledger.updateGolden=true}.
 */
public final class Golden {
  /** The switch that rewrites the golden files instead of comparing. */
  public static final String UPDATE = "cookieledger.updateGolden";

  private Golden() {}

  public static void assertMatches(String relativePath, String actual) {
    Path file = root().resolve(relativePath);
    byte[] actualBytes = actual.getBytes(StandardCharsets.UTF_8);
    try {
      if (Boolean.getBoolean(UPDATE)) {
        Files.createDirectories(file.getParent());
        Files.write(file, actualBytes);
        return;
      }
      assertTrue(Files.exists(file), () -> "no golden file " + file + "; create it with -D"
          + UPDATE + "=true");
      byte[] expected = Files.readAllBytes(file);
      String hint = "differs from " + file + "; if the change is intended, rerun with -D" + UPDATE
          + "=true and review the diff";
      assertEquals(new String(expected, StandardCharsets.UTF_8), actual, hint);
      assertArrayEquals(expected, actualBytes, hint);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path root() {
    String root = System.getProperty("cookieledger.goldenRoot");
    return root != null ? Path.of(root) : Path.of("src", "test", "resources", "golden");
  }
}
