package io.github.cookieledger.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.cookieledger.Category;
import io.github.cookieledger.Party;
import io.github.cookieledger.SameSite;
import io.github.cookieledger.processor.model.CookieAttributes;
import io.github.cookieledger.processor.model.Ledger;
import io.github.cookieledger.processor.model.LedgerEntry;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * The registry source (SPEC §4): a constant per local cookie, {@code REVISION}, {@code all()},
 * {@code find()} and {@code byCategory()}, annotated {@code @GeneratedRegistry} with every cookie so
 * other compilations can include it.
 *
 * <p>A registry of more than {@value #PART_SIZE} cookies keeps its constants in public interfaces
 * nested in a second generated class ({@code CookieRegistry_Constants.Part0}, ...) which the
 * registry implements, so {@code CookieRegistry.SESSIONID} still names each of them. One class holds
 * at most 65,535 constant-pool entries and 64 KB of static initialiser: the registry class itself
 * already spends several entries per cookie on {@code @GeneratedRegistry}, and defining or even
 * copying 10,000 constants there as well does not fit. (The registry cannot implement interfaces
 * nested in itself, and interfaces that are not public would hide the constants from reflection.)
 */
public final class RegistryWriter {
  static final int PART_SIZE = 200;

  private static final String PKG = "io.github.cookieledger";
  private static final ClassName DEFINITION = ClassName.get(PKG, "CookieDefinition");
  private static final ClassName INDEX = ClassName.get(PKG, "CookieIndex");
  private static final ClassName COOKIE = ClassName.get(PKG, "Cookie");
  private static final ClassName GENERATED_REGISTRY = ClassName.get(PKG, "GeneratedRegistry");
  private static final ClassName CATEGORY = ClassName.get(Category.class);
  private static final ClassName PARTY = ClassName.get(Party.class);
  private static final ClassName SAME_SITE = ClassName.get(SameSite.class);
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName OPTIONAL = ClassName.get(java.util.Optional.class);
  private static final ParameterizedTypeName DEFINITIONS =
      ParameterizedTypeName.get(LIST, DEFINITION);
  private static final String PROCESSOR = "io.github.cookieledger.processor.CookieProcessor";

  private RegistryWriter() {}

  /**
   * @param withGenerated whether {@code javax.annotation.processing.Generated} is available
   * @param originatingElements the declaring elements, for incremental builds
   */
  public static JavaFile write(Ledger ledger, boolean withGenerated,
      List<? extends Element> originatingElements) {
    ClassName registry = ClassName.get(ledger.policy().registryPackage(),
        ledger.policy().registrySimpleName());
    List<LedgerEntry> local = ledger.localCookies();
    TypeSpec.Builder type = TypeSpec.classBuilder(registry)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(classJavadoc(ledger));
    if (withGenerated) {
      type.addAnnotation(generated());
    }
    type.addAnnotation(generatedRegistry(ledger, local));
    originatingElements.forEach(type::addOriginatingElement);

    List<List<LedgerEntry>> parts = parts(local);
    List<CodeBlock> lists = new ArrayList<>();
    if (!parts.isEmpty()) {
      for (int part = 0; part < parts.size(); part++) {
        ClassName partName = partName(registry, part);
        type.addSuperinterface(partName);
        lists.add(CodeBlock.of("$T.cookies()", partName));
      }
    } else {
      for (LedgerEntry entry : local) {
        type.addField(constant(entry, definition(entry.attributes())));
      }
      lists.add(listOf(local));
    }
    for (String include : ledger.policy().includes()) {
      lists.add(CodeBlock.of("$T.all()", ClassName.bestGuess(include)));
    }

    type.addField(FieldSpec.builder(String.class, "REVISION", Modifier.PUBLIC, Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc("The consent revision: changes whenever what a visitor consents to changes."
            + "\nPass it to {@code Consent.format} and {@code Consent.parse}. Read at run time, never"
            + "\ninlined, so code compiled against an older registry sees the current value.\n")
        .initializer("revision()").build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(MethodSpec.methodBuilder("all")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(DEFINITIONS)
        .addJavadoc("Every cookie of the policy, immutable, in category order, then by name.\n")
        .addStatement("return $$Index.INDEX.all()").build());
    type.addMethod(MethodSpec.methodBuilder("find")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(OPTIONAL, DEFINITION))
        .addParameter(String.class, "cookieName")
        .addJavadoc("The declaration covering a cookie name: the exact name first, else the\n"
            + "matching pattern with the longest literal text, ties broken by name.\n")
        .addStatement("return $$Index.INDEX.find(cookieName)").build());
    type.addMethod(MethodSpec.methodBuilder("byCategory")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(DEFINITIONS)
        .addParameter(CATEGORY, "category")
        .addJavadoc("The cookies of one category, by name.\n")
        .addStatement("return $$Index.INDEX.byCategory(category)").build());
    type.addMethod(MethodSpec.methodBuilder("revision")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(String.class)
        .addJavadoc("A method call, so {@link #REVISION} is no compile-time constant.\n")
        .addStatement("return $S", ledger.revision()).build());
    type.addType(TypeSpec.classBuilder("$Index")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Built on first use, after every constant.\n")
        .addField(FieldSpec.builder(INDEX, "INDEX", Modifier.STATIC, Modifier.FINAL)
            .initializer(lists.size() == 1 ? CodeBlock.of("$T.of($L)", INDEX, lists.get(0))
                : CodeBlock.of("$T.ofParts($L)", INDEX, CodeBlock.join(lists, ",\n")))
            .build())
        .build());

    return JavaFile.builder(registry.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  private static AnnotationSpec generated() {
    return AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
        .addMember("value", "$S", PROCESSOR).build();
  }

  private static CodeBlock classJavadoc(Ledger ledger) {
    String site = ledger.policy().site();
    return CodeBlock.of("The cookies $L, generated by cookieledger from the {@code @Cookie}\n"
        + "declarations. Do not edit: change the declarations instead.\n",
        site == null ? "of this application" : "of {@code " + javadoc(site) + "}");
  }

  private static FieldSpec constant(LedgerEntry entry, CodeBlock initializer) {
    CookieAttributes a = entry.attributes();
    return FieldSpec.builder(DEFINITION, a.constant(), Modifier.PUBLIC, Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc("{@code $L}: $L\n", javadoc(a.name()), javadoc(a.purpose()))
        .initializer(initializer)
        .build();
  }

  /**
   * Every source file of the registry: the registry and, for a large one, the class holding its
   * constants.
   *
   * @param withGenerated whether {@code javax.annotation.processing.Generated} is available
   * @param originatingElements the declaring elements, for incremental builds
   */
  public static List<JavaFile> files(Ledger ledger, boolean withGenerated,
      List<? extends Element> originatingElements) {
    JavaFile registry = write(ledger, withGenerated, originatingElements);
    List<List<LedgerEntry>> parts = parts(ledger.localCookies());
    if (parts.isEmpty()) {
      return List.of(registry);
    }
    ClassName registryName = ClassName.get(registry.packageName(), registry.typeSpec().name());
    ClassName constantsName = constantsClass(registryName);
    TypeSpec.Builder constants = TypeSpec.classBuilder(constantsName)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Holds the constants of {@link $T}, which inherits them: use them from there.\n",
            registryName)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    if (withGenerated) {
      constants.addAnnotation(generated());
    }
    originatingElements.forEach(constants::addOriginatingElement);
    for (int part = 0; part < parts.size(); part++) {
      constants.addType(part(partName(registryName, part), registryName, parts.get(part)));
    }
    return List.of(registry, JavaFile.builder(constantsName.packageName(), constants.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build());
  }

  /** The slices of a large registry's cookies, none for a small one. */
  private static List<List<LedgerEntry>> parts(List<LedgerEntry> local) {
    List<List<LedgerEntry>> parts = new ArrayList<>();
    if (local.size() > PART_SIZE) {
      for (int start = 0; start < local.size(); start += PART_SIZE) {
        parts.add(local.subList(start, Math.min(local.size(), start + PART_SIZE)));
      }
    }
    return parts;
  }

  private static ClassName constantsClass(ClassName registry) {
    return registry.peerClass(registry.simpleName() + "_Constants");
  }

  private static ClassName partName(ClassName registry, int part) {
    return constantsClass(registry).nestedClass("Part" + part);
  }

  private static TypeSpec part(ClassName name, ClassName registry, List<LedgerEntry> slice) {
    TypeSpec.Builder part = TypeSpec.interfaceBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Constants of {@link $T}, which inherits them: use them from there.\n",
            registry);
    for (LedgerEntry entry : slice) {
      part.addField(constant(entry, definition(entry.attributes())));
    }
    // a static method, because interfaces' static methods are not inherited: no name clash with
    // a cookie constant in the registry
    part.addMethod(MethodSpec.methodBuilder("cookies")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(DEFINITIONS)
        .addStatement("return $L", listOf(slice)).build());
    return part.build();
  }

  private static CodeBlock listOf(List<LedgerEntry> entries) {
    List<CodeBlock> names = new ArrayList<>();
    for (LedgerEntry entry : entries) {
      names.add(CodeBlock.of("$N", entry.attributes().constant()));
    }
    return names.isEmpty() ? CodeBlock.of("$T.of()", LIST)
        : CodeBlock.of("$T.of(\n$>$L$<)", LIST, CodeBlock.join(names, ",\n"));
  }

  /**
   * The builder chain of one constant, with only the attributes that differ from the defaults
   * (the builder's defaults are {@code @Cookie}'s): a registry of thousands of cookies is source
   * javac must parse and attribute in every build, so every call left out counts.
   */
  private static CodeBlock definition(CookieAttributes a) {
    CodeBlock.Builder chain = CodeBlock.builder()
        .add("$T.builder($S)$>\n", DEFINITION, a.name())
        .add(".provider($S)\n", a.provider())
        .add(".purpose($S)\n", a.purpose())
        .add(".category($T.$N)\n", CATEGORY, a.category().name());
    if (!a.function().isEmpty()) {
      chain.add(".function($S)\n", a.function());
    }
    if (a.party() != Party.FIRST_PARTY) {
      chain.add(".party($T.$N)\n", PARTY, a.party().name());
    }
    if (!a.duration().equals("session")) {
      chain.add(".duration($S)\n", a.duration());
    }
    if (!a.domain().isEmpty()) {
      chain.add(".domain($S)\n", a.domain());
    }
    if (!a.path().equals("/")) {
      chain.add(".path($S)\n", a.path());
    }
    if (!a.secure()) {
      chain.add(".secure(false)\n");
    }
    if (!a.httpOnly()) {
      chain.add(".httpOnly(false)\n");
    }
    if (a.sameSite() != SameSite.LAX) {
      chain.add(".sameSite($T.$N)\n", SAME_SITE, a.sameSite().name());
    }
    if (a.anonymized()) {
      chain.add(".anonymized(true)\n");
    }
    return chain.add(".build()$<").build();
  }

  /** The cookies in the class file, for includes: only values that differ from the defaults. */
  private static AnnotationSpec generatedRegistry(Ledger ledger, List<LedgerEntry> local) {
    AnnotationSpec.Builder registry = AnnotationSpec.builder(GENERATED_REGISTRY);
    if (ledger.policy().site() != null) {
      registry.addMember("site", "$S", ledger.policy().site());
    }
    registry.addMember("revision", "$S", ledger.revision());
    if (local.isEmpty()) {
      registry.addMember("cookies", "{}");
    }
    for (LedgerEntry entry : local) {
      registry.addMember("cookies", "$L", cookieAnnotation(entry.attributes()));
    }
    return registry.build();
  }

  private static AnnotationSpec cookieAnnotation(CookieAttributes a) {
    AnnotationSpec.Builder cookie = AnnotationSpec.builder(COOKIE)
        .addMember("name", "$S", a.name())
        .addMember("provider", "$S", a.provider())
        .addMember("purpose", "$S", a.purpose())
        .addMember("category", "$T.$N", CATEGORY, a.category().name());
    if (!a.function().isEmpty()) {
      cookie.addMember("function", "$S", a.function());
    }
    if (a.party() != Party.FIRST_PARTY) {
      cookie.addMember("party", "$T.$N", PARTY, a.party().name());
    }
    if (!a.duration().equals("session")) {
      cookie.addMember("duration", "$S", a.duration());
    }
    if (!a.domain().isEmpty()) {
      cookie.addMember("domain", "$S", a.domain());
    }
    if (!a.path().equals("/")) {
      cookie.addMember("path", "$S", a.path());
    }
    if (!a.secure()) {
      cookie.addMember("secure", "false");
    }
    if (!a.httpOnly()) {
      cookie.addMember("httpOnly", "false");
    }
    if (a.sameSite() != SameSite.LAX) {
      cookie.addMember("sameSite", "$T.$N", SAME_SITE, a.sameSite().name());
    }
    if (a.anonymized()) {
      cookie.addMember("anonymized", "true");
    }
    return cookie.addMember("constant", "$S", a.constant()).build();
  }

  /** Text inside a Javadoc comment: nothing may close the comment or start a tag. */
  private static String javadoc(String text) {
    return text.replace("*/", "*&#47;").replace("@", "&#64;").replace("\n", " ").replace("\r", " ")
        .replace("\\u", "\\\\u").replace("{", "&#123;").replace("}", "&#125;");
  }
}
