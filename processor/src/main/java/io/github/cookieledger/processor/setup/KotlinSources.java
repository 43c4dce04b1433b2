package io.github.cookieledger.processor.setup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Kotlin files that declare cookies beside the Java sources javac compiles. When cookieledger runs
 * only in javac (maven-compiler-plugin, Gradle's {@code annotationProcessor}) in a mixed module,
 * kotlinc has compiled those files already and javac never shows their {@code @Cookie} to a
 * processor: they would be missing from the policy without a word.
 */
public final class KotlinSources {
  /** An annotation of ours, as Kotlin code writes it (optionally {@code @file:} or qualified). */
  private static final Pattern DECLARATION =
      Pattern.compile("@(?:file:)?(?:io\\.github\\.cookieledger\\.)?(?:Cookie|Cookies|CookiePolicy)\\b");
  /** A folder walk is bounded: a mistaken source root (the home folder) must not stall javac. */
  private static final int MAX_FILES = 20_000;
  private static final int MAX_DEPTH = 32;

  private KotlinSources() {}

  /**
   * The Kotlin files under the given Java source roots, or beside them ({@code src/main/kotlin}
   * next to {@code src/main/java}), that use cookieledger's annotations; sorted.
   *
   * @param javaSourceRoots the folders that hold the packages of the sources javac compiles
   */
  public static List<Path> declaringCookies(Collection<Path> javaSourceRoots) {
    Set<Path> folders = new TreeSet<>();
    for (Path root : javaSourceRoots) {
      folders.add(root);
      Path parent = root.getParent();
      if (parent != null) {
        folders.add(parent.resolve("kotlin"));
      }
    }
    Set<Path> found = new TreeSet<>();
    for (Path folder : folders) {
      if (Files.isDirectory(folder)) {
        found.addAll(kotlinFilesDeclaringCookies(folder));
      }
    }
    return new ArrayList<>(found);
  }

  private static List<Path> kotlinFilesDeclaringCookies(Path folder) {
    try (Stream<Path> files = Files.walk(folder, MAX_DEPTH)) {
      return files.limit(MAX_FILES)
          .filter(file -> file.getFileName().toString().endsWith(".kt") && Files.isRegularFile(file))
          .filter(KotlinSources::declaresCookies)
          .toList();
    } catch (IOException | UncheckedIOException unreadable) {
      return List.of(); // a folder we cannot read tells us nothing; the build goes on
    }
  }

  private static boolean declaresCookies(Path file) {
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      return text.contains("io.github.cookieledger") && DECLARATION.matcher(text).find();
    } catch (IOException unreadable) {
      return false;
    }
  }

  /**
   * The folder that holds the packages of a source file: {@code src/main/java} for {@code
   * src/main/java/org/example/Shop.java} in package {@code org.example}; null when the file does
   * not sit in its package's folders.
   */
  public static Path sourceRoot(Path sourceFile, String packageName) {
    Path folder = sourceFile.getParent();
    if (packageName.isEmpty()) {
      return folder;
    }
    String[] parts = packageName.split("\\.");
    for (int i = parts.length - 1; i >= 0; i--) {
      if (folder == null || !folder.getFileName().toString().equals(parts[i])) {
        return null;
      }
      folder = folder.getParent();
    }
    return folder;
  }
}
