package io.github.cookieledger.processor.spanning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cookieledger.processor.CookieProcessor;
import io.github.cookieledger.processor.testing.TestCompiler;
import io.github.cookieledger.processor.testing.GradleLikeProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gradle's incremental processing (the processor is declared {@code aggregating}): every generated
 * file names its originating elements. The processor runs behind a wrapped environment and Filer,
 * as Gradle wraps them, so it must also work without any compiler-specific cast.
 */
class OriginatingElementsTest {
  static final Set<String> DECLARING = new TreeSet<>(List.of(
      "org.example.portal", "org.example.portal.AuthController",
      "org.example.portal.ConsentBanner", "org.example.portal.LanguageController",
      "org.example.portal.stats", "org.example.portal.stats.Analytics"));

  @TempDir Path temp;

  @Test
  void gradlesAggregatingDeclarationIsShipped() throws IOException {
    Path declaration = TestCompiler.codeSource(CookieProcessor.class)
        .resolve("META-INF/gradle/incremental.annotation.processors");
    assertEquals(CookieProcessor.class.getName() + ",aggregating",
        Files.readString(declaration, StandardCharsets.UTF_8).strip());
  }

  @Test
  void everyGeneratedFileNamesTheDeclaringElements() {
    for (TestCompiler compiler : TestCompiler.values()) {
      DiskBuild build = DiskBuild.of(temp.resolve(compiler.name()), "portal");
      RecordingFiler files = new RecordingFiler();
      build.compile(compiler, build.allSources(), List.of(gradleLike(files))).assertSuccess();

      Set<String> expected = new TreeSet<>(Set.of("org.example.portal.PortalCookies",
          "org.example.portal.PortalCookies_Table"));
      build.documents().keySet().forEach(name -> expected.add("META-INF/cookies/" + name));
      assertTrue(expected.contains("META-INF/cookies/cookies.json"), expected.toString());
      assertEquals(expected, files.created.keySet(), compiler.name());
      files.created.forEach((file, origins) ->
          assertEquals(DECLARING, origins, compiler + ": origins of " + file));
    }
  }

  @Test
  void aPartialBuildNamesTheRememberedElementsToo() {
    DiskBuild build = DiskBuild.of(temp.resolve("build"), "portal");
    build.compileAll(TestCompiler.JAVAC).assertSuccess();
    RecordingFiler files = new RecordingFiler();

    build.compile(TestCompiler.JAVAC, List.of(PartialBuildTest.B), List.of(gradleLike(files)))
        .assertSuccess();

    assertEquals(build.documents().size() + 2, files.created.size(), files.created.toString());
    files.created.forEach((file, origins) ->
        assertEquals(DECLARING, origins, "origins of " + file));
  }

  /** The top-level type or package of an element. */
  static String origin(Element element) {
    Element current = element;
    while (current.getEnclosingElement() != null
        && current.getEnclosingElement().getKind() != ElementKind.PACKAGE
        && current.getEnclosingElement().getKind() != ElementKind.MODULE) {
      current = current.getEnclosingElement();
    }
    return current instanceof PackageElement
        ? ((PackageElement) current).getQualifiedName().toString()
        : ((TypeElement) current).getQualifiedName().toString();
  }

  /** The processor as Gradle runs it, its Filer recorded by {@code files}. */
  static GradleLikeProcessor gradleLike(RecordingFiler files) {
    return new GradleLikeProcessor(javacFiler -> {
      files.delegate = javacFiler;
      return files;
    });
  }

  /** A Filer that notes what each created file names as its origins, then delegates. */
  static final class RecordingFiler implements Filer {
    final Map<String, Set<String>> created = new TreeMap<>();
    Filer delegate;

    private void note(String file, Element... origins) {
      Set<String> names = new TreeSet<>();
      for (Element origin : origins) {
        names.add(origin(origin));
      }
      created.put(file, names);
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... origins)
        throws IOException {
      note(name.toString(), origins);
      return delegate.createSourceFile(name, origins);
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... origins)
        throws IOException {
      note(name.toString(), origins);
      return delegate.createClassFile(name, origins);
    }

    @Override
    public FileObject createResource(JavaFileManager.Location location, CharSequence pkg,
        CharSequence relativeName, Element... origins) throws IOException {
      note(relativeName.toString(), origins);
      return delegate.createResource(location, pkg, relativeName, origins);
    }

    @Override
    public FileObject getResource(JavaFileManager.Location location, CharSequence pkg,
        CharSequence relativeName) throws IOException {
      return delegate.getResource(location, pkg, relativeName);
    }
  }
}
