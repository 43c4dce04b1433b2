package io.github.cookieledger.processor.model;

import io.github.cookieledger.MessageText;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every diagnostic cookieledger prints: its stable tag, its kind and its text, in one place
 * (MapStruct's {@code Message} enum is the model). Code that reports a problem names a constant
 * and passes the values; it never spells a message itself.
 *
 * <h2>How to add a message</h2>
 *
 * <ol>
 *   <li>Add a constant next to those of its tag (or start a new tag, {@code cookie-<topic>} in
 *       lower case, and list it in the README's rules table when a user can meet it): the kind,
 *       the tag without brackets, and the text.
 *   <li>Write the text as a user reads it: what is wrong, naming the offending value, then how to
 *       fix it. Values are placeholders {@code {0}}, {@code {1}}, ... (a placeholder may repeat);
 *       everything else is literal, so {@code %}, quotes and {@code ${...}} need no escaping.
 *   <li>Pass values, never wording: where the text depends on a count or a choice, add a second
 *       constant (as {@code TRANSLATION_MISSING_KEY} and {@code TRANSLATION_MISSING_KEYS}). Every
 *       value goes through {@link #shown}, the one place that makes user text safe to print.
 *   <li>Report it with {@link #at} (pointing at a declaration and, when there is one, the
 *       offending attribute), {@link #global} (a problem of the whole compilation) or {@link
 *       #text} (where the scan prints through javac's trees).
 *   <li>Test it by tag and values ({@code Expect.error(compilation, source, at, Message.X,
 *       values...)}), not by copying the wording.
 * </ol>
 */
public enum Message {
  // ---- options (-A...) ----
  OPTION_REGISTRY(Kind.ERROR, "cookie-option", "-A{0}={1} is not a qualified class name. Name the"
      + " registry to generate, e.g. -A{0}=com.example.CookieRegistry."),
  OPTION_FORMAT(Kind.ERROR, "cookie-option", "-A{0} names the unknown format \"{1}\". Valid"
      + " formats: {2} (cookies.json is always written)."),
  OPTION_LANGUAGE(Kind.ERROR, "cookie-option", "-A{0}={1} is not a language tag. Use one such as"
      + " en or fr."),
  OPTION_MAX_CONSENT_LIFETIME(Kind.ERROR, "cookie-option", "-A{0}={1} is not an ISO-8601 amount."
      + " Use one such as P13M or P6M."),
  OPTION_SEVERITY(Kind.ERROR, "cookie-option", "-A{0}={1} is not one of error, warning, off."),
  OPTION_SCAN_UNAVAILABLE(Kind.ERROR, "cookie-option", "-A{0}={1} is not one of note, error."),

  // ---- rules of one declaration (check/) ----
  NAME(Kind.ERROR, "cookie-name", "cookie name \"{0}\" {1}. Use only letters, digits and"
      + " !#$%&'*+-.^_`|~, with * for one or more characters."),
  PREFIX_CASE(Kind.WARNING, "cookie-prefix", "cookie \"{0}\" starts with \"{1}\", which browsers"
      + " treat as the {2} prefix: write \"{2}\" so readers see the rules it brings."),
  PREFIX_NOT_SECURE(Kind.ERROR, "cookie-prefix", "cookie \"{0}\" has the {1} prefix but secure ="
      + " false: browsers reject it. Remove secure = false."),
  HOST_PREFIX_PATH(Kind.ERROR, "cookie-prefix", "cookie \"{0}\" has the __Host- prefix but path ="
      + " \"{1}\": browsers reject it. Use path = \"/\"."),
  HOST_PREFIX_DOMAIN(Kind.ERROR, "cookie-prefix", "cookie \"{0}\" has the __Host- prefix but"
      + " domain = \"{1}\": browsers reject it. Remove the domain (a __Host- cookie is host-only)"
      + " or drop the prefix."),
  SAMESITE_NONE_NOT_SECURE(Kind.ERROR, "cookie-samesite", "cookie \"{0}\" has sameSite = NONE but"
      + " secure = false: browsers reject a SameSite=None cookie that is not Secure. Remove secure"
      + " = false, or use LAX."),
  TEXT_TOO_LONG(Kind.ERROR, "cookie-text", "the {0} of cookie \"{1}\" is {2} bytes long in a class"
      + " file (modified UTF-8, {3} characters), more than the 65,535 bytes a Java class file"
      + " holds in one string. Shorten it, e.g. to a sentence that links to a page with the"
      + " details."),
  BLANK_PROVIDER(Kind.ERROR, "cookie-text", "cookie \"{0}\" has a blank provider (\"{1}\"): name"
      + " who sets and reads it, e.g. provider = \"Opendatasoft\"."),
  BLANK_PURPOSE(Kind.ERROR, "cookie-text", "cookie \"{0}\" has a blank purpose (\"{1}\"): say why"
      + " it exists in a sentence a visitor understands."),
  DURATION_INVALID(Kind.ERROR, "cookie-duration", "cookie \"{0}\": duration {1}."),
  DURATION_OVER_BROWSER_LIMIT(Kind.ERROR, "cookie-duration", "cookie \"{0}\" has duration \"{1}\""
      + " ({2} days), but browsers keep no cookie longer than 400 days. Declare at most P400D (P13M"
      + " is 390 days)."),
  DURATION_OVER_CONSENT_LIFETIME(Kind.ERROR, "cookie-duration", "cookie \"{0}\" needs consent and"
      + " has duration \"{1}\" ({2} days), longer than the longest consent lifetime {3} ({4} days)."
      + " Shorten it, or raise -Acookieledger.maxConsentLifetime."),
  ANONYMIZED_NOT_STATISTICS(Kind.ERROR, "cookie-anonymized", "cookie \"{0}\" is anonymized = true"
      + " but its category is {1}: only STATISTICS cookies can be anonymized. Remove anonymized ="
      + " true."),
  ANONYMIZED_NOT_FIRST_PARTY(Kind.ERROR, "cookie-anonymized", "cookie \"{0}\" is anonymized ="
      + " true but its party is {1}: consent-free audience measurement needs a first-party cookie"
      + " (CNIL deliberation 2020-091), as a third party can follow the visitor across sites. Use a"
      + " first-party cookie or remove anonymized = true."),
  ANONYMIZED_TOO_LONG(Kind.ERROR, "cookie-anonymized", "cookie \"{0}\" is anonymized = true but"
      + " its duration is {1}: consent-free audience measurement keeps its cookie at most 13"
      + " months ({2}, CNIL deliberation 2020-091). Declare duration = \"{2}\" or shorter, or"
      + " remove anonymized = true."),
  PARTITIONED_NOT_SECURE(Kind.ERROR, "cookie-partitioned", "cookie \"{0}\" is partitioned = true"
      + " but secure = false: browsers reject a Partitioned cookie that is not Secure. Remove"
      + " secure = false, or partitioned = true."),
  DOMAIN(Kind.ERROR, "cookie-domain", "cookie \"{0}\" has domain \"{1}\", {2}. Write a host name"
      + " such as \"example.org\", or leave it empty for a host-only cookie."),
  DOMAIN_LEADING_DOT(Kind.WARNING, "cookie-domain", "cookie \"{0}\" has domain \"{1}\": browsers"
      + " ignore the leading dot and Tomcat refuses it, so the Set-Cookie header, cookies.json and"
      + " every document name \"{2}\". Write domain = \"{2}\" (the cookie still reaches every"
      + " subdomain)."),
  NAME_DOLLAR(Kind.WARNING, "cookie-name", "cookie name \"{0}\" starts with $, which RFC 2965"
      + " reserves for attributes: java.net.HttpCookie refuses it (\"Illegal cookie name\") and"
      + " Python's http.cookies fails on a Cookie header that holds it. Choose a name that does not"
      + " start with $."),
  NAME_ATTRIBUTE(Kind.WARNING, "cookie-name", "cookie name \"{0}\" is the name of a cookie"
      + " attribute: Python's http.cookies reads it as an attribute of the cookie before it, and"
      + " drops the whole Cookie header when it comes first. Choose another name, e.g. \"{1}\"."),
  PATH_SPACE(Kind.WARNING, "cookie-path", "cookie \"{0}\" has path \"{1}\", which holds a space:"
      + " Python's http.cookies drops a Set-Cookie whose Path holds one. Percent-encode it (%20)."),
  PATH_COMMA(Kind.WARNING, "cookie-path", "cookie \"{0}\" has path \"{1}\", which holds a comma:"
      + " java.net.HttpCookie splits an RFC 2965 header at commas and refuses it, and so does any"
      + " code that joins Set-Cookie headers with commas. Percent-encode it (%2C)."),
  PATH(Kind.ERROR, "cookie-path", "cookie \"{0}\" has path \"{1}\", which {2}. Write a path such as"
      + " \"/\" or \"/api\"."),

  // ---- the Open Cookie Database (known/, check/KnownCookieRule) ----
  /** Printed with the severity of {@code cookieledger.knownCookies}; the kind here is its default. */
  KNOWN_CATEGORY(Kind.WARNING, "cookie-known", "cookie \"{0}\" is declared {1}, but the Open"
      + " Cookie Database lists {2}. Declare category = Category.{3}, or, if your use of it"
      + " differs, say why with known = \"...\"."),
  /** Printed with the severity of {@code cookieledger.knownCookies}. */
  KNOWN_RETENTION(Kind.WARNING, "cookie-known", "cookie \"{0}\" is declared with duration {1}, but"
      + " the Open Cookie Database lists {2}: the platform keeps it {3}. Declare duration ="
      + " \"{4}\", or, if you set it shorter, say so with known = \"...\"."),
  /** Printed with the severity of {@code cookieledger.knownCookies}. */
  KNOWN_RETENTION_OVER_CONSENT(Kind.WARNING, "cookie-known", "cookie \"{0}\" is declared with"
      + " duration {1}, but the Open Cookie Database lists {2}: the platform keeps it {3}. A cookie"
      + " that needs consent may live at most {4} here: configure the platform to keep it no"
      + " longer than declared and say so with known = \"...\"."),
  KNOWN_EXCUSES_UNLISTED(Kind.WARNING, "cookie-known", "cookie \"{0}\" says known = \"{1}\", but"
      + " the Open Cookie Database does not list the name, so there is nothing to excuse. Remove"
      + " known."),
  KNOWN_EXCUSES_AGREEING(Kind.WARNING, "cookie-known", "cookie \"{0}\" says known = \"{1}\", but"
      + " the declaration agrees with the Open Cookie Database, so there is nothing to excuse."
      + " Remove known."),
  KNOWN_FILE_UNREADABLE(Kind.ERROR, "cookie-known", "-Acookieledger.knownCookiesFile: {0} cannot"
      + " be read: {1}. Give the path of a UTF-8 CSV file in the Open Cookie Database's"
      + " columns; a relative path resolves against the compiler's working directory."),
  KNOWN_FILE_BROKEN(Kind.ERROR, "cookie-known", "-Acookieledger.knownCookiesFile: {0} cannot be"
      + " read after line {1}: {2}. Save it as UTF-8 CSV (RFC 4180: a field with a comma or a quote"
      + " in double quotes)."),
  KNOWN_FILE_EMPTY(Kind.ERROR, "cookie-known", "-Acookieledger.knownCookiesFile: {0} is empty: it"
      + " needs a header row with the columns {1}."),
  KNOWN_FILE_HEADER(Kind.ERROR, "cookie-known", "-Acookieledger.knownCookiesFile: {0}, line {1}:"
      + " the header lacks the column(s) {2}. The first row names the columns of the Open Cookie"
      + " Database: {3}."),
  KNOWN_ROW_FIELDS(Kind.WARNING, "cookie-known", "{0}, line {1}: the row has {2} fields but the"
      + " header {3}; the row is ignored. Quote a field that holds a comma."),
  KNOWN_ROW_NO_NAME(Kind.WARNING, "cookie-known", "{0}, line {1}: the row has no cookie name; the"
      + " row is ignored."),
  KNOWN_ROW_CATEGORY(Kind.WARNING, "cookie-known", "{0}, line {1}: cookie \"{2}\" has the category"
      + " \"{3}\", not one of {4}; the row is ignored."),
  KNOWN_ROW_WILDCARD(Kind.WARNING, "cookie-known", "{0}, line {1}: cookie \"{2}\" has the wildcard"
      + " match \"{3}\", not 0 (one name) or 1 (a prefix); the row is ignored."),

  // ---- rules across declarations ----
  DUPLICATE(Kind.ERROR, "cookie-duplicate", "cookie \"{0}\" is also declared by {1} with {2} = {3}"
      + " instead of {4}. Declare one cookie the same everywhere (every attribute equal), or give"
      + " one of them another name."),
  CONSTANT_INVALID(Kind.ERROR, "cookie-constant", "cookie \"{0}\": the registry constant \"{1}\""
      + " is not a Java identifier. Set constant = \"...\" to a Java identifier, e.g. constant ="
      + " \"{2}\"."),
  CONSTANT_RESERVED(Kind.ERROR, "cookie-constant", "cookie \"{0}\": the registry constant \"{1}\""
      + " is reserved in the registry. Set constant = \"...\" to a Java identifier, e.g. constant"
      + " = \"{2}\"."),
  CONSTANT_CLASH(Kind.ERROR, "cookie-constant", "cookie \"{0}\": its registry constant {1} is also"
      + " the constant of cookie \"{2}\". Set constant = \"...\" on one of them, e.g. constant ="
      + " \"{3}\"."),
  POLICY_TWICE(Kind.ERROR, "cookie-policy", "a compilation has one @CookiePolicy, but {0} and {1}"
      + " both declare one. Keep the one in the application's root package and remove the other."),
  POLICY_REGISTRY(Kind.ERROR, "cookie-policy", "registry = \"{0}\" is not a Java identifier; it"
      + " names the generated class. Use a simple class name such as \"{1}\"."),
  POLICY_NO_COMMON_PACKAGE(Kind.ERROR, "cookie-policy", "the cookie declarations share no package,"
      + " so cookieledger cannot tell where to generate the registry. Add @CookiePolicy(site ="
      + " \"https://...\") to the application's package-info.java, or pass"
      + " -Acookieledger.registry=com.example.CookieRegistry."),
  CONSENT_COOKIE_UNDECLARED(Kind.ERROR, "cookie-policy", "consentCookie = \"{0}\" names no cookie"
      + " declared in this policy. Declare it with @Cookie(name = \"{0}\", category ="
      + " Category.NECESSARY, ...) on the code that stores the visitor's choice, or correct the"
      + " name."),
  CONSENT_COOKIE_PATTERN(Kind.ERROR, "cookie-policy", "consentCookie = \"{0}\" is a pattern; the"
      + " visitor's choice is stored in one cookie. Name a cookie declared without '*'."),
  CONSENT_COOKIE_NOT_NECESSARY(Kind.ERROR, "cookie-policy", "consentCookie = \"{0}\" is declared"
      + " {1}, but the cookie that stores the visitor's choice must be NECESSARY: it is set before"
      + " any consent, also to store a refusal. Declare it with category = Category.NECESSARY."),
  CONSENT_LIFETIME_INVALID(Kind.ERROR, "cookie-duration", "consentLifetime {0}. Write how long a"
      + " visitor's choice counts, e.g. \"P6M\"."),
  CONSENT_LIFETIME_SESSION(Kind.ERROR, "cookie-duration", "consentLifetime = \"session\" is not a"
      + " lifetime: a choice must be dated to expire. Write an ISO-8601 amount such as \"P6M\" (the"
      + " CNIL's recommendation)."),
  CONSENT_LIFETIME_TOO_LONG(Kind.ERROR, "cookie-duration", "consentLifetime = \"{0}\" ({1} days) is"
      + " longer than the longest consent lifetime {2} ({3} days): regulators ask visitors again at"
      + " least every 13 months. Shorten it, e.g. \"P6M\"."),

  // ---- web storage (@Storage): {0} names it, e.g. localStorage key "theme" ----
  STORAGE_NAME(Kind.ERROR, "cookie-name", "{0} {1}. Write the key as the page's script does, with"
      + " * for one or more characters (e.g. name = \"_hjSession_*\")."),
  STORAGE_BLANK_PROVIDER(Kind.ERROR, "cookie-text", "{0} has a blank provider (\"{1}\"): name who"
      + " writes and reads it, e.g. provider = \"Opendatasoft\"."),
  STORAGE_BLANK_PURPOSE(Kind.ERROR, "cookie-text", "{0} has a blank purpose (\"{1}\"): say why it"
      + " exists in a sentence a visitor understands."),
  STORAGE_ANONYMIZED_NOT_STATISTICS(Kind.ERROR, "cookie-anonymized", "{0} is anonymized = true but"
      + " its category is {1}: only STATISTICS can be anonymized. Remove anonymized = true."),
  STORAGE_DUPLICATE(Kind.ERROR, "cookie-duplicate", "{0} is also declared by {1} with {2} = {3}"
      + " instead of {4}. Declare it the same everywhere (every attribute equal), or give one of"
      + " them another name."),
  STORAGE_CONSTANT_INVALID(Kind.ERROR, "cookie-constant", "{0}: its constant \"{1}\" is not a Java"
      + " identifier. Set constant = \"...\" to one, e.g. constant = \"{2}\"."),
  STORAGE_CONSTANT_CLASH(Kind.ERROR, "cookie-constant", "{0}: its constant Storage.{1} is also the"
      + " constant of {2}. Set constant = \"...\" on one of them, e.g. constant = \"{3}\"."),
  STORAGE_REGISTRY_NAME(Kind.ERROR, "cookie-policy", "the registry is named Storage, the name of"
      + " the nested class that holds its web storage constants. Name the registry otherwise, e.g."
      + " registry = \"SiteCookies\"."),
  STORAGE_LATE(Kind.ERROR, "cookie-late", "{0} is declared in a source generated after the"
      + " registry {1} was written, so it cannot join it. Declare it in a hand-written source."),
  STORAGE_TCF_PATTERN_WIDENED(Kind.WARNING, "cookie-tcf", "{0} is listed as \"{1}\" in {2}: TCF"
      + " allows * only at the start or the end of an identifier, so the pattern is widened to its"
      + " prefix."),
  STORAGE_TCF_WILDCARD_GROUPS_PURPOSES(Kind.ERROR, "cookie-tcf", "{0} and {1} are both listed as"
      + " \"{2}\" (type web) in {3}, but the first {4} and the second {5}: the IAB's Device"
      + " Storage Disclosure says a wildcard MUST NOT group identifiers with different purposes."
      + " Rename one so the text before its inner * differs from the other's, or declare both with"
      + " the same consent requirement."),

  // ---- includes and partial builds (check/, merge/) ----
  POLICY_REGISTRY_TAKEN(Kind.ERROR, "cookie-policy", "{0} names {1}, a class of yours, so the"
      + " registry cannot be generated under that name. Name the registry something no class of"
      + " package {2} is called, e.g. @CookiePolicy(registry = \"{3}Cookies\")."),
  POLICY_REGISTRY_HIDES_JAVA_LANG(Kind.ERROR, "cookie-policy", "{0} would hide java.lang.{1}:"
      + " in package {2}, every {1} would then mean the registry and the package's code would no"
      + " longer compile. Name the registry something else, e.g. @CookiePolicy(registry ="
      + " \"{1}Cookies\")."),
  POLICY_TABLE_TAKEN(Kind.ERROR, "cookie-policy", "{0} needs the class name {1} for the table it"
      + " is generated from, and that is a class of yours. Rename that class, or name the registry"
      + " differently, e.g. @CookiePolicy(registry = \"{2}Cookies\")."),
  INCLUDE_ITSELF(Kind.ERROR, "cookie-include", "includes names {0}, the registry this policy"
      + " generates; a registry cannot include itself. Remove it from includes: its cookies are"
      + " the ones declared in this compilation."),
  INCLUDE_NOT_REGISTRY(Kind.ERROR, "cookie-include", "includes names {0}, which is not a registry"
      + " generated by cookieledger (it carries no @GeneratedRegistry). Name the registry class of"
      + " the library, e.g. LibraryCookies.class."),
  INCLUDE_UNREADABLE(Kind.ERROR, "cookie-include", "cannot read the cookies of {0}: {1}. It was"
      + " generated by another version of cookieledger: rebuild that library with this version."),
  INCLUDE_GONE(Kind.WARNING, "cookie-include", "the previous build included {0}, which is no"
      + " longer on the class path, so its cookies are left out. Put the library back, or run a"
      + " full build (e.g. mvn clean compile) if you removed it."),
  PREVIOUS_UNREADABLE(Kind.WARNING, "cookie-previous", "ignoring {0} in the class output: {1}, so"
      + " it was not written by this version of cookieledger. Cookies of classes not compiled now"
      + " may be missing: run a full build (e.g. mvn clean compile)."),
  PREVIOUS_DROPPED(Kind.WARNING, "cookie-previous", "the previous build's {0} lists cookies that no"
      + " class file declares any more, so they are dropped: {1}. If one of them should stay,"
      + " declare it again with @Cookie; a full build (e.g. mvn clean compile) never reads the"
      + " previous file."),
  PREVIOUS_STORAGE_DROPPED(Kind.WARNING, "cookie-previous", "the previous build's {0} lists web"
      + " storage that no class file declares any more, so it is dropped: {1}. If one of them"
      + " should stay, declare it again with @Storage; a full build (e.g. mvn clean compile) never"
      + " reads the previous file."),
  PREVIOUS_INCLUDE_NOT_REGISTRY(Kind.WARNING, "cookie-previous", "the previous build's {0} lists"
      + " {1} in \"includes\", but its class file is no cookieledger registry (it carries no"
      + " @GeneratedRegistry), so it is dropped. Name a library's registry in @CookiePolicy(includes"
      + " = ...) and run a full build."),
  LATE_DECLARATION(Kind.ERROR, "cookie-late", "cookie \"{0}\" is declared in a source generated"
      + " after the registry {1} was written, so it cannot join it. Declare it in a hand-written"
      + " source."),

  // ---- writing the outputs ----
  OUTPUT_REGISTRY_REFUSED(Kind.ERROR, "cookie-output", "cannot regenerate the registry {0}: the"
      + " compiler already has an older one ({1}), compiled by a previous build, and refuses to"
      + " replace it. Delete {2}*.java and {3}*.class left by the previous build, or build clean"
      + " (e.g. mvn clean compile)."),
  OUTPUT_REGISTRY(Kind.ERROR, "cookie-output", "cannot write the registry {0}: {1}. Check that the"
      + " generated-sources folder is writable."),
  OUTPUT_RESOURCE(Kind.ERROR, "cookie-output", "cannot write {0}: {1}. Check that the class output"
      + " folder is writable."),
  LANGUAGE_WITHOUT_WORDS(Kind.WARNING, "cookie-language", "cookieledger has no built-in words for"
      + " language \"{0}\" ({1}): the policy's titles, column names, parties and durations are"
      + " written in English. Built-in languages: {2}."),
  TCF_PATTERN_WIDENED(Kind.WARNING, "cookie-tcf", "cookie \"{0}\" is listed as \"{1}\" in {2}: TCF"
      + " allows * only at the start or the end of an identifier, so the pattern is widened to its"
      + " prefix and covers every cookie starting with \"{3}\"."),
  TCF_NO_DOMAIN(Kind.ERROR, "cookie-tcf", "cookie \"{0}\" has no domain for {1}: the IAB's Device"
      + " Storage Disclosure wants domains on every cookie record, but the cookie declares no"
      + " domain and the compilation has no @CookiePolicy(site) with a host name. Add"
      + " @CookiePolicy(site = \"https://...\") to the application's package-info.java (or declare"
      + " domain = \"...\"), or leave tcf out of -Acookieledger.formats."),
  TCF_WILDCARD_GROUPS_PURPOSES(Kind.ERROR, "cookie-tcf", "cookies \"{0}\" and \"{1}\" are both"
      + " listed as \"{2}\" in {3}, but \"{0}\" {4} and \"{1}\" {5}: the IAB's Device Storage"
      + " Disclosure says a wildcard MUST NOT group identifiers with different purposes. Rename one"
      + " so the text before its inner * differs from the other's, or declare both with the same"
      + " consent requirement."),

  OUTPUT_REGISTRY_SECOND_RUN(Kind.ERROR, "cookie-output", "cookieledger runs twice in this build:"
      + " kapt already generated the registry {0} ({1}), and javac, which now compiles that file,"
      + " runs cookieledger again, which cannot write it a second time. Run the processor in one"
      + " place: keep it in kapt's annotationProcessorPaths and set <proc>none</proc> on"
      + " maven-compiler-plugin (Gradle: kapt(...) only, no annotationProcessor(...))."),

  // ---- how the processor is wired into the build (setup/) ----
  KAPT_NO_POLICY(Kind.WARNING, "cookie-policy", "kapt shows cookie declarations but no"
      + " @CookiePolicy, so the registry is generated as {0} and the policy has no site. A Kotlin"
      + " file holding only @file:CookiePolicy(...) compiles to no class, and kapt never shows it"
      + " to annotation processors: put @CookiePolicy on a class or an object (e.g."
      + " @CookiePolicy(site = \"https://example.org\") object SitePolicy), or give that file a"
      + " top-level declaration. To go without a policy, name the registry with"
      + " -Acookieledger.registry=<qualified name>."),
  KOTLIN_NOT_PROCESSED(Kind.WARNING, "cookie-setup", "{0} Kotlin file(s) declare cookies ({1}), but"
      + " cookieledger runs in javac here, which compiles only the Java sources: kotlinc compiled"
      + " those files before, and javac never shows their @Cookie to a processor, so their cookies"
      + " are missing from the policy. Run cookieledger in kapt instead (kotlin-maven-plugin's"
      + " kapt goal, or Gradle's kapt configuration) and set <proc>none</proc> on"
      + " maven-compiler-plugin: see the README's Kotlin section."),

  // ---- translations (translate/) ----
  TRANSLATIONS_NOT_A_FOLDER(Kind.ERROR, "cookie-translation", "-Acookieledger.translations={0}"
      + " names {1}, which {2}. Name a folder holding one cookies_<lang>.properties file per"
      + " language (e.g. cookies_fr.properties); a relative path resolves against the compiler's"
      + " working directory, so with Maven write ${project.basedir}/..."),
  TRANSLATIONS_UNLISTABLE(Kind.ERROR, "cookie-translation", "cannot list {0}: {1}. Check that the"
      + " folder is readable."),
  TRANSLATIONS_NONE(Kind.WARNING, "cookie-translation", "{0} holds no cookies_<lang>.properties"
      + " file, so no translated policy is written. Add one per language, e.g."
      + " cookies_fr.properties with keys <cookie name>.purpose and <cookie name>.function."),
  TRANSLATION_BAD_LANGUAGE(Kind.WARNING, "cookie-translation", "{0} is skipped: \"{1}\" is not a"
      + " language tag. Name the file cookies_<lang>.properties, e.g. cookies_fr.properties or"
      + " cookies_pt_BR.properties."),
  TRANSLATION_SAME_LANGUAGE(Kind.WARNING, "cookie-translation", "{0} is skipped: {1} already"
      + " translates language {2}. Keep one file per language."),
  TRANSLATION_NOT_UTF8(Kind.ERROR, "cookie-translation", "{0} is not UTF-8 text. Save it as UTF-8"
      + " (the translations are read as UTF-8, whatever the platform)."),
  TRANSLATION_UNREADABLE(Kind.ERROR, "cookie-translation", "cannot read {0}: {1}. Check that it is"
      + " a readable .properties file."),
  TRANSLATION_MISSING_KEY(Kind.WARNING, "cookie-translation", "{0} (language {1}) has no text for"
      + " {2}: the declared text is used in cookie-policy_{1}. Add the key to translate it."),
  TRANSLATION_MISSING_KEYS(Kind.WARNING, "cookie-translation", "{0} (language {1}) has no text for"
      + " {2}: the declared text is used in cookie-policy_{1}. Add these keys to translate them."),
  TRANSLATION_UNKNOWN_KEY(Kind.WARNING, "cookie-translation", "{0} (language {1}) has a key that"
      + " names no cookie of this policy: {2}. Keys are <cookie name>.purpose and <cookie"
      + " name>.function; remove or rename it."),
  TRANSLATION_UNKNOWN_KEYS(Kind.WARNING, "cookie-translation", "{0} (language {1}) has keys that"
      + " name no cookie of this policy: {2}. Keys are <cookie name>.purpose and <cookie"
      + " name>.function; remove or rename them."),

  // ---- the committed policy (verify/) ----
  VERIFY_NOT_A_POLICY(Kind.ERROR, "cookie-verify", "-Acookieledger.verify={0} names neither a .md"
      + " nor a .json file. Name the committed cookie-policy.md or cookies.json, e.g."
      + " -Acookieledger.verify=${project.basedir}/docs/cookie-policy.md."),
  VERIFY_MISSING(Kind.ERROR, "cookie-verify", "the committed policy {0} (from"
      + " -Acookieledger.verify={1}) does not exist. Create it from this build: {2}"),
  VERIFY_MISSING_RELATIVE(Kind.ERROR, "cookie-verify", "the committed policy {0} (from"
      + " -Acookieledger.verify={1}) does not exist. Create it from this build: {2} (The relative"
      + " path resolves against the compiler's working directory; with Maven pass"
      + " ${project.basedir}/...)"),
  VERIFY_NOT_UTF8(Kind.ERROR, "cookie-verify", "{0} is not UTF-8 text, so it cannot be the"
      + " committed policy. Replace it: {1}"),
  VERIFY_UNREADABLE(Kind.ERROR, "cookie-verify", "cannot read the committed policy {0}: {1}. Check"
      + " that it is a readable file."),
  VERIFY_DIFFERS(Kind.ERROR, "cookie-verify", "the cookie policy this build generates differs from"
      + " the committed {0}:{1}\nIf the change is intended, refresh the committed file: {2}"),

  // ---- the scan of method bodies (scan/) ----
  /** Printed with the severity of {@code cookieledger.undeclared}; the kind here is its default. */
  UNDECLARED(Kind.WARNING, "cookie-undeclared", "cookie \"{0}\" is set here, in {1}, but no"
      + Advice.UNDECLARED),
  /** The code shows the creation, not where the cookie goes (returned, stored, handed on). */
  UNDECLARED_CREATED(Kind.WARNING, "cookie-undeclared", "cookie \"{0}\" is created here, in {1},"
      + " but no" + Advice.UNDECLARED),
  /** The name reaches the cookie call through a helper method ({3}) of this compilation. */
  UNDECLARED_THROUGH(Kind.WARNING, "cookie-undeclared", "cookie \"{0}\" is set through {3}, which"
      + " receives the name here, in {1}, but no" + Advice.UNDECLARED),
  UNDECLARED_CREATED_THROUGH(Kind.WARNING, "cookie-undeclared", "cookie \"{0}\" is created"
      + " through {3}, which receives the name here, in {1}, but no" + Advice.UNDECLARED),
  /** As the four above, for a cookie the Open Cookie Database knows: {2} is drafted from it. */
  UNDECLARED_KNOWN(Kind.WARNING, "cookie-undeclared", "cookie \"{0}\" is set here, in {1}, but no"
      + Advice.UNDECLARED_KNOWN),
  UNDECLARED_CREATED_KNOWN(Kind.WARNING, "cookie-undeclared", "cookie \"{0}\" is created here, in"
      + " {1}, but no" + Advice.UNDECLARED_KNOWN),
  UNDECLARED_THROUGH_KNOWN(Kind.WARNING, "cookie-undeclared", "cookie \"{0}\" is set through {3},"
      + " which receives the name here, in {1}, but no" + Advice.UNDECLARED_KNOWN),
  UNDECLARED_CREATED_THROUGH_KNOWN(Kind.WARNING, "cookie-undeclared", "cookie \"{0}\" is created"
      + " through {3}, which receives the name here, in {1}, but no" + Advice.UNDECLARED_KNOWN),
  ATTRIBUTE_CONTRADICTS(Kind.WARNING, "cookie-attribute", "cookie \"{0}\" (declared by {1}) has"
      + " {2}, but this code sets {3}. Make the code and the declaration agree: the cookie policy"
      + " describes the declaration."),
  ATTRIBUTE_CONTRADICTS_PATTERN(Kind.WARNING, "cookie-attribute", "cookie \"{0}\" (declared by {1}"
      + " with the pattern \"{2}\") has {3}, but this code sets {4}. Make the code and the"
      + " declaration agree: the cookie policy describes the declaration."),
  SERVLET_NOT_HTTP_ONLY(Kind.WARNING, "cookie-attribute", "cookie \"{0}\" (declared by {1}) has"
      + " httpOnly = true, but a {2} is not HttpOnly unless setHttpOnly(true) is called, and this"
      + " method adds it to the response without that call. Call setHttpOnly(true) on it, or"
      + " declare httpOnly = false: the cookie policy describes the declaration."),
  SERVLET_NOT_SECURE(Kind.WARNING, "cookie-attribute", "cookie \"{0}\" (declared by {1}) has"
      + " secure = true, but a {2} is not Secure unless setSecure(true) is called, and this method"
      + " adds it to the response without that call. Call setSecure(true) on it, or declare"
      + " secure = false: the cookie policy describes the declaration."),
  /** Printed once per compilation in every mode, so a warning cap cannot hide the counts. */
  SCAN_SUMMARY(Kind.NOTE, "cookie-scan", "cookie names checked in code: {0}, undeclared: {1},"
      + " sent to a request, not a response (not checked): {2}."),
  SCAN_SUMMARY_UNRESOLVED(Kind.NOTE, "cookie-scan", "cookie names checked in code: {0},"
      + " undeclared: {1}, sent to a request, not a response (not checked): {2}; call sites that"
      + " set a cookie whose name the check cannot tell (not a compile-time constant, nor a field"
      + " or helper parameter that only ever holds constants): {3}, at {4}." + Advice.UNRESOLVED),
  SCAN_SUMMARY_UNRESOLVED_MORE(Kind.NOTE, "cookie-scan", "cookie names checked in code: {0},"
      + " undeclared: {1}, sent to a request, not a response (not checked): {2}; call sites that"
      + " set a cookie whose name the check cannot tell (not a compile-time constant, nor a field"
      + " or helper parameter that only ever holds constants): {3}, at {4} and {5} more."
      + Advice.UNRESOLVED),
  /** The scan cannot run while {@code -Acookieledger.undeclared=error} makes it a gate. */
  SCAN_UNAVAILABLE(Kind.ERROR, "cookie-scan", "-Acookieledger.undeclared=error asks for the check"
      + " of cookies set without a @Cookie declaration, but it cannot run in this compilation"
      + " (processing environment {0}: {1}), so undeclared cookies would pass unseen. Compile the"
      + " Java sources with plain javac to run it, or accept the gap with"
      + " -Acookieledger.scanUnavailable=note."),
  SCAN_SKIPPED(Kind.NOTE, "cookie-scan", "the check for cookies that code sets without a @Cookie"
      + " declaration (cookieledger.undeclared) does not run in this compilation: processing"
      + " environment {0} offers annotation processors no analysed source trees ({1}). The Eclipse"
      + " compiler, build tools that wrap javac's processing environment, and kapt are such"
      + " environments. Declarations, the registry and the documents are not affected; a plain"
      + " javac build of the Java sources runs the check."),

  UNSEEN_DECLARATION(Kind.ERROR, "cookie-unseen", "this @Cookie is on {0}, which annotation"
      + " processing never sees (it reaches only top-level types and their members), so the cookie"
      + " would be missing from the policy and the registry. Move the declaration to the method,"
      + " field or class of a named top-level or member class that sets the cookie."),

  // ---- bugs ----
  INTERNAL(Kind.ERROR, "cookie-internal", "cookieledger failed with {0} ({1}). This is a bug in"
      + " cookieledger, not in your code: please report it with this message.");

  /** Texts several messages end with (a holder, since enum constants cannot use later fields). */
  private static final class Advice {
    /** The end of every undeclared-cookie message; {2} is the declaration to paste. */
    static final String UNDECLARED = " @Cookie declares it, so the cookie policy"
      + " does not list it. Declare it on the code that sets it: {2} with the category NECESSARY,"
      + " FUNCTIONAL, STATISTICS or MARKETING; for a cookie a library declares, list the library's"
      + " registry in @CookiePolicy(includes = ...).";
    /** The same for a cookie the Open Cookie Database knows; {2} is the draft to paste. */
    static final String UNDECLARED_KNOWN = " @Cookie declares it, so the cookie policy does not"
      + " list it. The Open Cookie Database knows it: declare it on the code that sets it, starting"
      + " from this draft, and review it (the database describes the platform's usual cookie, not"
      + " necessarily yours): {2}";
    static final String UNRESOLVED = " Check them by hand, or build the cookie from"
      + " the registry's constants (CookieRegistry.X.name(), setCookieHeader), which always match"
      + " a declaration.";
  }

  /** The kinds messages use, short for the table above. */
  private static final class Kind {
    static final Diagnostic.Kind ERROR = Diagnostic.Kind.ERROR;
    static final Diagnostic.Kind WARNING = Diagnostic.Kind.WARNING;
    static final Diagnostic.Kind NOTE = Diagnostic.Kind.NOTE;
  }

  private final Diagnostic.Kind kind;
  private final String tag;
  private final String template;

  Message(Diagnostic.Kind kind, String tag, String template) {
    this.kind = kind;
    this.tag = tag;
    this.template = template;
  }

  /** Error, warning or note. */
  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The stable tag without brackets, e.g. {@code cookie-name}. */
  public String tag() {
    return tag;
  }

  /** The text with its placeholders, for tests that match a message by its values. */
  public String template() {
    return template;
  }

  /** The tag as messages start with it, e.g. {@code [cookie-name]}. */
  public String prefix() {
    return "[" + tag + "]";
  }

  /**
   * The whole message: the tag in brackets, then the text with the values filled in.
   *
   * @param values the placeholders' values, in order ({@code {0}} first)
   */
  public String text(Object... values) {
    StringBuilder out = new StringBuilder(template.length() + 64).append(prefix()).append(' ');
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int end = c == '{' ? template.indexOf('}', i) : -1;
      if (end > i + 1 && isIndex(template, i + 1, end)) {
        out.append(shown(values[Integer.parseInt(template.substring(i + 1, end))]));
        i = end + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /**
   * A problem of one declaration.
   *
   * @param location the declaration's {@code @Cookie} or {@code @CookiePolicy}
   * @param attribute the offending attribute, or null to point at the whole annotation
   * @param values the placeholders' values
   */
  public Problem at(Location location, String attribute, Object... values) {
    return new Problem(kind, text(values), location, attribute);
  }

  /** A problem of the whole compilation (an option, an output), pointing at no source. */
  public Problem global(Object... values) {
    return new Problem(kind, text(values), null, null);
  }

  /**
   * One value as a message shows it. The one place that turns user text into printable text:
   * every value of every message passes here, and {@link MessageText#escape} writes what could
   * forge a line or reorder what a reader sees (controls, U+2028, bidi controls, lone surrogates)
   * as {@code U+XXXX}.
   */
  public static String shown(Object value) {
    return value instanceof Lines lines ? lines.text() : MessageText.escape(String.valueOf(value));
  }

  /** Items for a message: {@code a, b, c}. */
  public static String list(List<String> items) {
    return String.join(", ", items);
  }

  /**
   * Lines of a message that lists findings, each on its own indented line: composed here, so
   * they are shown as lines (not escaped as one value).
   *
   * @param items the findings, each already a message value
   */
  public static Lines lines(List<String> items) {
    StringBuilder text = new StringBuilder();
    for (String item : items) {
      text.append("\n  ").append(shown(item));
    }
    return new Lines(text.toString());
  }

  /** Values composed into indented lines by {@link #lines}. */
  public record Lines(String text) {}

  /** A name as it stands between quotes in Java source, for messages that suggest code. */
  public static String javaString(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c >= 0x7f) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isIndex(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
