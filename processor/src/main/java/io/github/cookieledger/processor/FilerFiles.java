package io.github.cookieledger.processor;

import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import io.github.cookieledger.processor.store.CookiesJson;
import io.github.cookieledger.processor.write.RegistryWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Every file the processor reads or writes through the {@code Filer}: the previous outputs, the
 * registry's sources and the documents; and what to do when the Filer refuses the registry.
 * Problems go to the processor's report.
 */
final class FilerFiles {
  private final Filer filer;
  private final Consumer<Problem> report;

  FilerFiles(Filer filer, Consumer<Problem> report) {
    this.filer = filer;
    this.report = report;
  }

  /** {@code cookies.json} in a location (the class output, or the class path), if there is one. */
  Optional<String> cookiesJson(StandardLocation location) {
    return read(location, "", CookiesJson.PATH);
  }

  /** A file the Filer can read, as UTF-8 text; empty when it is absent or unreadable. */
  private Optional<String> read(StandardLocation location, String pkg, String name) {
    try {
      FileObject file = filer.getResource(location, pkg, name);
      try (InputStream in = file.openInputStream()) {
        return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException | RuntimeException absent) {
      return Optional.empty();
    }
  }

  /**
   * Writes the registry's source files.
   *
   * @param secondRun why the Filer refused a registry, when a known second run (kapt) explains it
   * @param registrySimpleName the registry's simple name, for the message; when the Filer refuses
   *     a registry that differs from the one to write, an error is reported (so the build writes
   *     no document)
   */
  void writeRegistry(List<RegistryWriter.SourceFile> files, Element[] origins,
      Function<String, Optional<Problem>> secondRun, String registrySimpleName) {
    for (RegistryWriter.SourceFile javaFile : files) {
      String name = javaFile.packageName().isEmpty() ? javaFile.simpleName()
          : javaFile.packageName() + "." + javaFile.simpleName();
      try {
        JavaFileObject file = filer.createSourceFile(name, origins);
        try (Writer writer = file.openWriter()) {
          writer.write(javaFile.text());
        }
      } catch (FilerException e) {
        // ECJ in batch mode will not generate a class that is already on the class path (the
        // previous build's registry); javac will not replace a source it was given. Harmless when
        // that registry is the one we would write, else the user must remove it.
        Optional<Problem> known = secondRun.apply(name);
        if (known.isPresent() || !sameAsGenerated(javaFile)) {
          report.accept(known.orElseGet(() -> Message.OUTPUT_REGISTRY_REFUSED.global(name,
              e.getMessage(), registrySimpleName, registrySimpleName)));
          return; // one message: the registry's other file cannot be replaced either
        }
      } catch (IOException e) {
        report.accept(Message.OUTPUT_REGISTRY.global(name, e.getMessage()));
      }
    }
  }

  /** Whether the registry source a previous build generated is exactly this one. */
  private boolean sameAsGenerated(RegistryWriter.SourceFile javaFile) {
    return read(StandardLocation.SOURCE_OUTPUT, javaFile.packageName(),
        javaFile.simpleName() + ".java").filter(javaFile.text()::equals).isPresent();
  }

  /**
   * Writes one document under {@code META-INF/cookies/} of the class output.
   *
   * @return where it went (a file path where the Filer says), for messages
   */
  Optional<String> writeDocument(String name, String text, Element[] origins) {
    try {
      FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "",
          CookiesJson.FOLDER + name, origins);
      try (OutputStream out = file.openOutputStream()) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
      URI uri = file.toUri();
      return Optional.of("file".equals(uri.getScheme()) ? Path.of(uri).toString() : uri.toString());
    } catch (IOException e) {
      report.accept(
          Message.OUTPUT_RESOURCE.global(CookiesJson.FOLDER + name, e.getMessage()));
      return Optional.empty();
    }
  }
}
