package io.github.cookieledger.processor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.tools.JavaFileObject;

/**
 * A test source file and its text, so a test can ask on which line a value stands instead of
 * counting lines by hand.
 *
 * @param qualifiedName the top-level type's name, or {@code pkg.package-info}
 * @param text the whole file
 */
public record Source(String qualifiedName, String text) {

  /** The file as javac sees it. */
  public JavaFileObject file() {
    return JavaFileObjects.forSourceString(qualifiedName, text);
  }

  /**
   * The 1-based line holding {@code fragment}; fails unless exactly one line holds it, so a test
   * never points at the wrong line by accident.
   */
  public int line(String fragment) {
    List<String> lines = text.lines().toList();
    List<Integer> found =
        IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains(fragment)).boxed().toList();
    assertEquals(1, found.size(), () -> "lines holding " + fragment + " in\n" + text);
    return found.get(0) + 1;
  }

  /**
   * {@code value} as a Java string literal: quotes and backslashes escaped, every control or
   * non-ASCII character as an escape.
   */
  public static String literal(String value) {
    StringBuilder literal = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\') {
        // octal: javac 17 misreads \\ after a \\uXXXX escape (JDK-8269150)
        literal.append(c == '"' ? "\\042" : "\\134");
      } else if (c == '\n') {
        literal.append("\\n"); // a unicode escape of a line end would end the literal
      } else if (c == '\r') {
        literal.append("\\r");
      } else if (c < 0x20 || c >= 0x7f) {
        literal.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        literal.append(c);
      }
    }
    return literal.append('"').toString();
  }

  /**
   * A test resource {@code folder + relative} (e.g. {@code "documents/portal/"} and {@code
   * "org/example/portal/Ads.java"}) as a source named by its path under the folder.
   */
  public static Source ofResource(String folder, String relative) {
    try (java.io.InputStream in = Source.class.getClassLoader()
        .getResourceAsStream(folder + relative)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + folder + relative);
      }
      String name = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
      return new Source(name, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A source of the given lines. */
  public static Source of(String qualifiedName, String... lines) {
    return new Source(qualifiedName, String.join("\n", lines) + "\n");
  }

  /**
   * A class {@code qualifiedName} whose method {@code set()} carries one {@code @Cookie} per
   * argument. Each argument holds the attributes of one cookie, comma separated, one attribute a
   * line; {@code provider}, {@code purpose} and {@code category} get valid values when absent.
   * Imports {@code io.github.cookieledger.*}.
   */
  public static Source cookies(String qualifiedName, String... cookies) {
    int dot = qualifiedName.lastIndexOf('.');
    List<String> lines = new ArrayList<>();
    if (dot > 0) {
      lines.add("package " + qualifiedName.substring(0, dot) + ";");
      lines.add("");
    }
    lines.add("import io.github.cookieledger.*;");
    lines.add("");
    lines.add("public class " + qualifiedName.substring(dot + 1) + " {");
    for (String cookie : cookies) {
      lines.add("  @Cookie(");
      List<String> attributes = new ArrayList<>(cookie.lines().map(String::strip)
          .map(line -> line.endsWith(",") ? line.substring(0, line.length() - 1) : line)
          .filter(line -> !line.isEmpty()).toList());
      addDefault(attributes, "provider", "provider = \"Opendatasoft\"");
      addDefault(attributes, "purpose", "purpose = \"To remember the user\"");
      addDefault(attributes, "category", "category = Category.NECESSARY");
      for (int i = 0; i < attributes.size(); i++) {
        lines.add("      " + attributes.get(i) + (i + 1 < attributes.size() ? "," : ")"));
      }
    }
    lines.add("  public void set() {}");
    lines.add("}");
    return of(qualifiedName, lines.toArray(new String[0]));
  }

  /** {@link #cookies} in class {@code com.example.Auth}. */
  public static Source cookie(String... cookies) {
    return cookies("com.example.Auth", cookies);
  }

  private static void addDefault(List<String> attributes, String attribute, String line) {
    if (attributes.stream().noneMatch(a -> a.startsWith(attribute + " ") || a.startsWith(attribute + "="))) {
      attributes.add(line);
    }
  }
}
