package io.github.cookieledger.processor.setup;

import io.github.cookieledger.processor.model.Ledger;
import io.github.cookieledger.processor.read.PolicyReader;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * What the processor can tell about the build it runs in, asked at three moments of a
 * compilation: the first round (Kotlin files javac will never show us), the ledger (kapt without
 * a policy) and a registry the Filer refuses (kapt generated it already).
 */
public final class BuildSetup {
  /** How many Kotlin files a message names before it only counts. */
  private static final int NAMED_FILES = 3;

  private final boolean kapt;
  private final boolean registryOption;
  private final Elements elements;
  private final Function<Element, Optional<URI>> sourceFiles;
  private boolean firstRoundSeen;

  /**
   * @param processorOptions every {@code -A} option the compiler passes
   * @param registryOption whether {@code -Acookieledger.registry} names the registry
   * @param elements the compiler's elements
   * @param sourceFiles the source file of an element of this compilation, where the compiler
   *     tells (javac's trees); empty elsewhere
   */
  public BuildSetup(Map<String, String> processorOptions, boolean registryOption, Elements elements,
      Function<Element, Optional<URI>> sourceFiles) {
    this.kapt = Kapt.runsUs(processorOptions);
    this.registryOption = registryOption;
    this.elements = elements;
    this.sourceFiles = sourceFiles;
  }

  /**
   * In the first round of a javac (not kapt) compilation: Kotlin files beside its sources that
   * declare cookies javac will never show this processor.
   */
  public List<Problem> firstRound(Collection<? extends Element> rootElements) {
    if (firstRoundSeen || kapt) {
      firstRoundSeen = true;
      return List.of();
    }
    firstRoundSeen = true;
    Set<Path> roots = new TreeSet<>();
    // One class per package tells its source root: asking javac's trees for each of 2,000
    // classes cost more than the rest of this check. A registry a previous build generated is
    // not asked: it sits in the generated-sources folder, not beside the Kotlin files.
    Set<String> packagesSeen = new HashSet<>();
    for (Element element : rootElements) {
      if (element instanceof TypeElement type && isTopLevelClass(type)
          && PolicyReader.generatedRegistry(type) == null
          && packagesSeen.add(elements.getPackageOf(type).getQualifiedName().toString())) {
        sourceRoot(type).ifPresent(roots::add);
      }
    }
    List<Path> kotlin = KotlinSources.declaringCookies(roots);
    if (kotlin.isEmpty()) {
      return List.of();
    }
    List<String> named = kotlin.stream().limit(NAMED_FILES).map(Path::toString).toList();
    String files = Message.list(named)
        + (kotlin.size() > NAMED_FILES ? " and " + (kotlin.size() - NAMED_FILES) + " more" : "");
    return List.of(Message.KOTLIN_NOT_PROCESSED.global(kotlin.size(), files));
  }

  /** Under kapt, a ledger without {@code @CookiePolicy}: most likely a lost {@code @file:} one. */
  public List<Problem> ledgerBuilt(Ledger ledger) {
    if (!kapt || registryOption || ledger.policy().site() != null || ledger.cookies().isEmpty()) {
      return List.of();
    }
    return List.of(Message.KAPT_NO_POLICY.global(ledger.policy().registry()));
  }

  /**
   * Why the Filer refused to create the registry, when it is because kapt generated it already
   * and javac now compiles kapt's file; empty for any other reason.
   */
  public Optional<Problem> registryRefused(String registry) {
    TypeElement existing = elements.getTypeElement(registry);
    if (existing == null) {
      return Optional.empty();
    }
    return sourceFiles.apply(existing).filter(SecondRun::generatedByKapt)
        .map(file -> Message.OUTPUT_REGISTRY_SECOND_RUN.global(registry, display(file)));
  }

  private static boolean isTopLevelClass(TypeElement type) {
    return !type.getNestingKind().isNested() && type.getKind() != ElementKind.MODULE;
  }

  private Optional<Path> sourceRoot(TypeElement type) {
    String pkg = elements.getPackageOf(type).getQualifiedName().toString();
    return sourceFiles.apply(type).filter(uri -> "file".equals(uri.getScheme()))
        .map(Path::of).map(file -> KotlinSources.sourceRoot(file, pkg));
  }

  private static String display(URI file) {
    return "file".equals(file.getScheme()) ? Path.of(file).toString() : file.toString();
  }
}
