package io.github.cookieledger.processor;

import com.google.auto.service.AutoService;
import io.github.cookieledger.processor.check.Checker;
import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.Ledger;
import io.github.cookieledger.processor.model.Problem;
import io.github.cookieledger.processor.read.DeclarationReader;
import io.github.cookieledger.processor.read.ElementNames;
import io.github.cookieledger.processor.read.PolicyDeclaration;
import io.github.cookieledger.processor.read.PolicyReader;
import io.github.cookieledger.processor.scan.CodeScan;
import io.github.cookieledger.processor.scan.DeclaredCookies;
import io.github.cookieledger.processor.scan.ScanSettings;
import io.github.cookieledger.processor.write.AsciiSource;
import io.github.cookieledger.processor.write.JsonWriter;
import io.github.cookieledger.processor.write.MarkdownWriter;
import io.github.cookieledger.processor.write.RegistryWriter;
import io.github.cookieledger.processor.write.Words;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Reads every {@code @Cookie}, checks it, generates the registry in the first round that has
 * declarations and writes the policy documents once, when processing is over.
 *
 * <p>At {@code init} it also starts the scan of method bodies for cookies that code sets without
 * a declaration ({@code scan/}); the scan runs after processing and asks for the final ledger.
 *
 * <p>Thin on purpose: reading, checking, writing and scanning live in {@code read/}, {@code
 * check/}, {@code write/} and {@code scan/}; only this class touches the {@code Filer} and the
 * {@code Messager}. It never
 * lets an exception escape and never claims annotations.
 */
@AutoService(Processor.class)
public final class CookieProcessor extends AbstractProcessor {
  static final String RESOURCE_FOLDER = "META-INF/cookies/";

  private Options options;
  private DeclarationReader declarations;
  private PolicyReader policies;
  private Ledger ledger;
  private boolean rulesFailed;
  private final Set<String> originNames = new TreeSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // "*": the check for undeclared cookies also runs on sources without any @Cookie.
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Options.NAMES;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    try {
      start();
      if (!options.scanOff()) {
        // The scan runs after processing, when javac has attributed the method bodies; by then
        // the ledger holds every declaration of the compilation.
        CodeScan.forCompiler(environment).start(new ScanSettings(options.undeclared(),
            this::declaredCookies, this::note, this::reportInternalError));
      }
    } catch (RuntimeException | Error e) {
      reportInternalError(e);
    }
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      if (options == null) {
        start();
      }
      if (round.processingOver()) {
        finish();
      } else {
        readRound(round);
      }
    } catch (RuntimeException | Error e) {
      reportInternalError(e);
    }
    return false;
  }

  private void start() {
    options = Options.read(processingEnv.getOptions());
    options.problems().forEach(this::report);
    ElementNames names = new ElementNames(processingEnv.getTypeUtils());
    declarations = new DeclarationReader(processingEnv.getElementUtils(), names);
    policies = new PolicyReader(processingEnv.getElementUtils(), names, declarations);
  }

  private void readRound(RoundEnvironment round) {
    List<Element> cookieElements = annotated(round, DeclarationReader.COOKIE, DeclarationReader.COOKIES);
    List<Element> policyElements = annotated(round, PolicyReader.POLICY);
    if (cookieElements.isEmpty() && policyElements.isEmpty()) {
      return;
    }
    List<Declaration> found = new ArrayList<>();
    cookieElements.forEach(element -> found.addAll(declarations.read(element)));
    if (ledger != null) {
      for (Declaration late : found) {
        report(Problem.error("[cookie-late] cookie \"" + late.name() + "\" is declared in a source"
            + " generated after the registry " + ledger.policy().registry() + " was written, so it"
            + " cannot join it. Declare it in a hand-written source.", late.location(), null));
      }
      return;
    }
    List<PolicyDeclaration> policyDeclarations = new ArrayList<>();
    policyElements.forEach(element -> policies.read(element).ifPresent(policyDeclarations::add));
    List<Declaration> libraryCookies = new ArrayList<>();
    for (PolicyDeclaration policy : policyDeclarations) {
      policy.includes().forEach(include ->
          libraryCookies.addAll(policies.libraryCookies(include, policy.location())));
    }
    Checker checker = new Checker(options.maxConsentLifetime(), options.registry(),
        element -> processingEnv.getElementUtils().getPackageOf(element).getQualifiedName().toString());
    Checker.Result result = checker.check(found, policyDeclarations, libraryCookies);
    result.problems().forEach(this::report);
    rulesFailed = result.hasErrors();
    ledger = result.ledger();
    List<Element> origins = new ArrayList<>(cookieElements);
    origins.addAll(policyElements);
    origins.forEach(element -> originNames.add(originName(element)));
    writeRegistry(origins);
  }

  private void finish() {
    if (ledger == null || rulesFailed) {
      return; // nothing declared, or the build fails anyway: no documents
    }
    Words words = Words.english();
    writeResource("cookies.json", JsonWriter.write(ledger));
    if (options.formats().contains("md")) {
      writeResource("cookie-policy.md", MarkdownWriter.write(ledger, words,
          entry -> entry.attributes().purpose(), entry -> entry.attributes().function()));
    }
  }

  /** Local and included cookies; without a ledger nothing is declared. */
  private DeclaredCookies declaredCookies() {
    return ledger == null ? DeclaredCookies.none() : DeclaredCookies.of(ledger.cookies());
  }

  private List<Element> annotated(RoundEnvironment round, String... annotationNames) {
    List<Element> elements = new ArrayList<>();
    for (String name : annotationNames) {
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(name);
      if (annotation != null) {
        elements.addAll(round.getElementsAnnotatedWith(annotation));
      }
    }
    // compiler order differs between javac and ECJ; ours never does
    elements.sort(Comparator.comparing(Element::toString).thenComparing(e -> e.getKind().name()));
    return elements;
  }

  private void writeRegistry(List<Element> origins) {
    boolean generatedAvailable =
        processingEnv.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null;
    String source = AsciiSource.of(
        RegistryWriter.write(ledger, generatedAvailable, origins).toString());
    try {
      JavaFileObject file = processingEnv.getFiler().createSourceFile(
          ledger.policy().registry(), origins.toArray(new Element[0]));
      try (Writer writer = file.openWriter()) {
        writer.write(source);
      }
    } catch (IOException e) {
      report(Problem.error("[cookie-output] cannot write the registry " + ledger.policy().registry()
          + ": " + e.getMessage() + ". Check that the generated-sources folder is writable.",
          null, null));
    }
  }

  private void writeResource(String name, String text) {
    try {
      FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
          RESOURCE_FOLDER + name, originElements());
      try (OutputStream out = file.openOutputStream()) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      report(Problem.error("[cookie-output] cannot write " + RESOURCE_FOLDER + name + ": "
          + e.getMessage() + ". Check that the class output folder is writable.", null, null));
    }
  }

  /** The declaring types and packages again, resolved by name: elements never cross rounds. */
  private Element[] originElements() {
    List<Element> origins = new ArrayList<>();
    for (String name : originNames) {
      Element origin = processingEnv.getElementUtils().getTypeElement(name);
      if (origin == null) {
        origin = processingEnv.getElementUtils().getPackageElement(name);
      }
      if (origin != null) {
        origins.add(origin);
      }
    }
    return origins.toArray(new Element[0]);
  }

  private static String originName(Element element) {
    TypeElement top = ElementNames.topLevelType(element);
    return top != null ? top.getQualifiedName().toString() : element.toString();
  }

  private void report(Problem problem) {
    Diagnostic.Kind kind = problem.kind();
    if (problem.location() == null) {
      processingEnv.getMessager().printMessage(kind, problem.message());
      return;
    }
    processingEnv.getMessager().printMessage(kind, problem.message(),
        problem.location().element(), problem.location().annotation(),
        problem.attribute() == null ? null : problem.location().value(problem.attribute()));
  }

  private void note(String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE, message);
  }

  private void reportInternalError(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    String where = trace.toString().lines().skip(1).limit(3).map(String::trim)
        .reduce((a, b) -> a + "; " + b).orElse("");
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
        "[cookie-internal] cookieledger failed with " + e + " (" + where + "). This is a bug in"
            + " cookieledger, not in your code: please report it with this message.");
  }
}
