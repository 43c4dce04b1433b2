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
 * <p>A registry of more than {@value #PART_SIZE} cookies builds its definitions in nested {@code
 * $Part} classes: one class's static initialiser holds at most 64 KB of code and its constant pool
 * 65,535 entries, and 10,000 cookies must still compile.
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
      type.addAnnotation(AnnotationSpec.builder(
          ClassName.get("javax.annotation.processing", "Generated"))
          .addMember("value", "$S", PROCESSOR).build());
    }
    type.addAnnotation(generatedRegistry(ledger, local));
    originatingElements.forEach(type::addOriginatingElement);

    boolean parted = local.size() > PART_SIZE;
    List<CodeBlock> lists = new ArrayList<>();
    if (parted) {
      for (int start = 0, part = 0; start < local.size(); start += PART_SIZE, part++) {
        List<LedgerEntry> slice = local.subList(start, Math.min(local.size(), start + PART_SIZE));
        ClassName partName = registry.nestedClass("$Part" + part);
        type.addType(part(partName, slice));
        for (LedgerEntry entry : slice) {
          type.addField(constant(entry, CodeBlock.of("$T.$N", partName, entry.attributes().constant())));
        }
        lists.add(CodeBlock.of("$T.ALL", partName));
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

  private static TypeSpec part(ClassName name, List<LedgerEntry> slice) {
    TypeSpec.Builder part = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
    for (LedgerEntry entry : slice) {
      part.addField(FieldSpec.builder(DEFINITION, entry.attributes().constant(), Modifier.STATIC,
          Modifier.FINAL).initializer(definition(entry.attributes())).build());
    }
    part.addField(FieldSpec.builder(DEFINITIONS, "ALL", Modifier.STATIC, Modifier.FINAL)
        .initializer(listOf(slice)).build());
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

  private static CodeBlock definition(CookieAttributes a) {
    return CodeBlock.builder()
        .add("$T.builder($S)$>\n", DEFINITION, a.name())
        .add(".provider($S)\n", a.provider())
        .add(".purpose($S)\n", a.purpose())
        .add(".category($T.$N)\n", CATEGORY, a.category().name())
        .add(".function($S)\n", a.function())
        .add(".party($T.$N)\n", PARTY, a.party().name())
        .add(".duration($S)\n", a.duration())
        .add(".domain($S)\n", a.domain())
        .add(".path($S)\n", a.path())
        .add(".secure($L)\n", a.secure())
        .add(".httpOnly($L)\n", a.httpOnly())
        .add(".sameSite($T.$N)\n", SAME_SITE, a.sameSite().name())
        .add(".anonymized($L)\n", a.anonymized())
        .add(".build()$<")
        .build();
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
