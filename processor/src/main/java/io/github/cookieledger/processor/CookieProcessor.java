package io.github.cookieledger.processor;

import com.google.auto.service.AutoService;
import io.github.cookieledger.processor.check.LateDeclarations;
import io.github.cookieledger.processor.javac.JavacAccess;
import io.github.cookieledger.processor.javac.RepeatedAnnotationPositions;
import io.github.cookieledger.processor.javac.SourceFiles;
import io.github.cookieledger.processor.known.CookieDraft;
import io.github.cookieledger.processor.known.KnownCookieDatabase;
import io.github.cookieledger.processor.known.KnownCookies;
import io.github.cookieledger.processor.merge.PartialBuild;
import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.Ledger;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import io.github.cookieledger.processor.model.StorageDeclaration;
import io.github.cookieledger.processor.read.AnnotatedElements;
import io.github.cookieledger.processor.read.DeclarationReader;
import io.github.cookieledger.processor.read.ElementNames;
import io.github.cookieledger.processor.read.PolicyReader;
import io.github.cookieledger.processor.read.RecordComponents;
import io.github.cookieledger.processor.read.StorageReader;
import io.github.cookieledger.processor.scan.CodeScan;
import io.github.cookieledger.processor.scan.DeclaredCookies;
import io.github.cookieledger.processor.scan.ScanSettings;
import io.github.cookieledger.processor.setup.BuildSetup;
import io.github.cookieledger.processor.setup.Kapt;
import io.github.cookieledger.processor.store.CookiesJson;
import io.github.cookieledger.processor.translate.TranslationFolder;
import io.github.cookieledger.processor.verify.PolicyVerifier;
import io.github.cookieledger.processor.write.Documents;
import io.github.cookieledger.processor.write.RegistryWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * Reads every {@code @Cookie}, checks it, generates the registry in the first round that has
 * declarations and writes the policy documents once, when processing is over.
 *
 * <p>At {@code init} it also starts the scan of method bodies for cookies that code sets without
 * a declaration ({@code scan/}); the scan runs after processing and asks for the final ledger.
 *
 * <p>Thin on purpose: reading, checking, writing and scanning live in {@code read/}, {@code
 * check/}, {@code write/} and {@code scan/}; the {@code Filer} in {@link FilerFiles}; only this
 * class touches the {@code Messager}. It never lets an exception escape and never claims
 * annotations.
 */
@AutoService(Processor.class)
public final class CookieProcessor extends AbstractProcessor {
  /** The annotations a round is read for. */
  private static final Set<String> OURS = Set.of(DeclarationReader.COOKIE,
      DeclarationReader.COOKIES, StorageReader.STORAGE, StorageReader.STORAGES, PolicyReader.POLICY);

  private Options options;
  private DeclarationReader declarations;
  private StorageReader storage;
  private PolicyReader policies;
  private JavacAccess javac;
  private RepeatedAnnotationPositions repeatedPositions;
  private PartialBuild partialBuild;
  private BuildSetup buildSetup;
  private ElementNames names;
  private KnownCookieDatabase knownCookies;
  private FilerFiles files;
  private Ledger ledger;
  /**
   * Any error of ours (an option, a file, a rule, a registry the Filer refused): a failed build
   * writes no document.
   */
  private boolean errorReported;
  private final Set<String> originNames = new TreeSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // "*": the check for undeclared cookies also runs on sources without any @Cookie.
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    Set<String> names = new TreeSet<>(Options.NAMES);
    names.add(Kapt.GENERATED_OPTION);
    return names;
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
        CodeScan.forCompiler(javac, environment).start(new ScanSettings(options.undeclared(),
            options.scanUnavailable(), this::declaredCookies, this::print,
            this::reportInternalError, this::draft));
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
        readRound(annotations, round);
      }
    } catch (RuntimeException | Error e) {
      reportInternalError(e);
    }
    return false;
  }

  private void start() {
    options = Options.read(processingEnv.getOptions());
    options.problems().forEach(this::report);
    files = new FilerFiles(processingEnv.getFiler(), this::report);
    names = new ElementNames(processingEnv.getTypeUtils());
    declarations = new DeclarationReader(processingEnv.getElementUtils(), names);
    storage = new StorageReader(processingEnv.getElementUtils(), names);
    policies = new PolicyReader(processingEnv.getElementUtils(), names);
    javac = JavacAccess.of(processingEnv);
    repeatedPositions = RepeatedAnnotationPositions.of(javac, processingEnv.getElementUtils());
    partialBuild = previousBuild();
    buildSetup = new BuildSetup(processingEnv.getOptions(), options.registry() != null,
        processingEnv.getElementUtils(), SourceFiles.of(javac));
    knownCookies = new KnownCookieDatabase(options.knownCookiesFile());
  }

  /** The previous build's cookies.json in the class output: the memory of partial builds. */
  private PartialBuild previousBuild() {
    Optional<String> json = files.cookiesJson(StandardLocation.CLASS_OUTPUT);
    if (json.isEmpty()) {
      return PartialBuild.none(); // a full build, or the first one
    }
    try {
      return PartialBuild.after(CookiesJson.read(json.get()));
    } catch (CookiesJson.Unreadable e) {
      report(Message.PREVIOUS_UNREADABLE.global(CookiesJson.PATH, e.getMessage()));
      return PartialBuild.none();
    }
  }

  private void readRound(Set<? extends TypeElement> present, RoundEnvironment round) {
    AnnotatedElements annotated = AnnotatedElements.of(round, present, OURS);
    List<Element> cookieElements = annotated.with(DeclarationReader.COOKIE, DeclarationReader.COOKIES);
    List<VariableElement> componentFields = RecordComponents.unseenComponentFields(
        round.getRootElements(), cookieElements, DeclarationReader.COOKIE_ANNOTATIONS);
    List<Element> storageElements = annotated.with(StorageReader.STORAGE, StorageReader.STORAGES);
    List<Element> policyElements = annotated.with(PolicyReader.POLICY);
    partialBuild.noteCompiled(round.getRootElements());
    buildSetup.firstRound(round.getRootElements()).forEach(this::report);
    boolean rebuildPrevious = ledger == null && partialBuild.hasPrevious();
    if (cookieElements.isEmpty() && componentFields.isEmpty() && storageElements.isEmpty()
        && policyElements.isEmpty() && !rebuildPrevious) {
      return;
    }
    List<Declaration> found = new ArrayList<>();
    cookieElements.forEach(element -> found.addAll(declarations.read(element)));
    componentFields.forEach(field -> found.addAll(declarations.readComponent(field)));
    List<StorageDeclaration> foundStorage = new ArrayList<>();
    storageElements.forEach(element -> foundStorage.addAll(storage.read(element)));
    if (ledger != null) {
      LateDeclarations.check(ledger, found, foundStorage).forEach(this::report);
      return;
    }
    LedgerAssembler.Assembly assembly =
        new LedgerAssembler(options, processingEnv.getElementUtils(), declarations, policies,
            storage, partialBuild, names, knownCookies).assemble(
                declaring(cookieElements, componentFields), storageElements, policyElements, found,
                foundStorage);
    assembly.result().problems().forEach(this::report);
    ledger = assembly.result().ledger();
    buildSetup.ledgerBuilt(ledger).forEach(this::report);
    assembly.origins().forEach(element -> originNames.add(ElementNames.originName(element)));
    if (assembly.registryWritable()) {
      writeRegistry(assembly.origins());
    }
  }

  /** The elements that declare cookies: those found annotated and the record components ECJ hid. */
  private static List<Element> declaring(List<Element> found, List<VariableElement> components) {
    if (components.isEmpty()) {
      return found;
    }
    List<Element> all = new ArrayList<>(found);
    all.addAll(components);
    return all;
  }

  private void finish() {
    if (ledger == null || errorReported) {
      return; // nothing declared, or the build fails anyway: no documents
    }
    // the writers are functions of their inputs: files are read here
    TranslationFolder.Result translations = options.translations() == null
        ? new TranslationFolder.Result(List.of(), List.of())
        : TranslationFolder.read(options.translations());
    translations.problems().forEach(this::report);
    Documents documents = Documents.of(ledger, options.documentFormats(), options.language(),
        translations.translations());
    documents.problems().forEach(this::report);
    if (errorReported) {
      return; // a document the build refuses: none of them, like after a rule error
    }
    Map<String, String> writtenAt = new TreeMap<>();
    Element[] origins = originElements(); // one lookup per declaring type, not per document
    documents.files().forEach((name, text) ->
        files.writeDocument(name, text, origins).ifPresent(where -> writtenAt.put(name, where)));
    if (options.verify() != null) {
      // after writing: on a difference the fresh file is there to copy over the committed one
      PolicyVerifier.verify(options.verify(), documents.files(), name -> writtenAt.getOrDefault(
          name, CookiesJson.FOLDER + name + " in the class output")).forEach(this::report);
    }
  }

  /**
   * Local and included cookies. A compilation without declarations of its own, typically the
   * test sources of a module, knows the cookies of the policy on its class path (the main
   * classes' cookies.json); without one, nothing is declared.
   */
  private DeclaredCookies declaredCookies() {
    if (ledger != null) {
      return DeclaredCookies.of(ledger.cookies());
    }
    return files.cookiesJson(StandardLocation.CLASS_PATH)
        .flatMap(json -> {
          try {
            return Optional.of(CookiesJson.read(json));
          } catch (CookiesJson.Unreadable foreign) {
            return Optional.empty(); // not ours to judge: some other build's file
          }
        })
        .map(policy -> DeclaredCookies.of(policy.asForeignEntries()))
        .orElse(DeclaredCookies.none());
  }

  /**
   * A draft declaration from the Open Cookie Database, unless its check is off. In a compilation
   * without declarations the scan is the first to load the database: the problems of a {@code
   * knownCookiesFile} are reported here then.
   */
  private Optional<CookieDraft> draft(String cookieName) {
    if (options.knownCookiesOff()) {
      return Optional.empty();
    }
    KnownCookies database = knownCookies.cookies();
    knownCookies.takeProblems().forEach(this::report);
    return CookieDraft.of(database, cookieName);
  }

  private void writeRegistry(List<Element> origins) {
    boolean generatedAvailable =
        processingEnv.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null;
    // the registry and the class holding its table
    files.writeRegistry(RegistryWriter.files(ledger, generatedAvailable),
        origins.toArray(new Element[0]), buildSetup::registryRefused,
        ledger.policy().registrySimpleName());
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

  private void report(Problem problem) {
    Diagnostic.Kind kind = problem.kind();
    errorReported |= problem.isError();
    if (problem.location() == null) {
      processingEnv.getMessager().printMessage(kind, problem.message());
      return;
    }
    if (repeatedPositions.report(problem)) {
      return;
    }
    Messager messager = processingEnv.getMessager();
    Element element = problem.location().element();
    AnnotationMirror annotation = problem.location().annotation();
    try {
      messager.printMessage(kind, problem.message(), element, annotation,
          problem.attribute() == null ? null : problem.location().value(problem.attribute()));
    } catch (RuntimeException ecjLostItsWay) {
      // ECJ's Messager throws while it searches annotations of an element where one holds an
      // empty array ({}): the declaring element's line is what it can give.
      try {
        messager.printMessage(kind, problem.message(), element);
      } catch (RuntimeException again) {
        messager.printMessage(kind, problem.message());
      }
    }
  }

  private void print(Diagnostic.Kind kind, String message) {
    processingEnv.getMessager().printMessage(kind, message);
  }

  private void reportInternalError(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    String where = trace.toString().lines().skip(1).limit(3).map(String::trim)
        .reduce((a, b) -> a + "; " + b).orElse("");
    processingEnv.getMessager().printMessage(Message.INTERNAL.kind(),
        Message.INTERNAL.text(e, where));
  }
}
