package io.github.cookieledger.processor.spanning;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A random project for the fuzz test: a few classes in package {@code fz} carrying random
 * {@code @Cookie} declarations (valid and invalid values in every attribute), a random
 * {@code @CookiePolicy} on a class or {@code package-info.java}, random {@code -A} options, and at
 * times a hostile translations folder or committed policy. The Java around the values is always
 * well formed: every error the build reports must come from the declarations, never from the
 * generator.
 */
final class RandomProject {
  // Valid values first, then invalid ones: a tame project takes only the first kind.
  private static final List<String> NAMES = List.of("sid", "sessionid", "prefs", "_ga", "_ga_*",
      "_hj*", "lang", "__Secure-t", "a*b", "index", "Category", "CookieDefinition", "List",
      "Optional", "$Index", "java", "x".repeat(300));
  private static final List<String> BAD_NAMES = List.of("__Host-sid", "__host-x", "*", "",
      " sid", "na me", "x;y", "a=b", "caf\u00e9");
  private static final List<String> DURATIONS =
      List.of("session", "P1Y", "P13M", "PT30M", "P1D", "PT1H30M", "P390D");
  private static final List<String> BAD_DURATIONS = List.of("P14M", "P0D", "PT0S", "", "1 year",
      "-P1D", "p1y", "P999999999999Y", "PT0.5S", "P2Y", "Session");
  private static final List<String> DOMAINS = List.of("", "example.com", "www.example.com");
  private static final List<String> BAD_DOMAINS = List.of(".example.com", "localhost",
      "127.0.0.1", "[::1]", "exa mple.com", "*.example.com", "b\u00fccher.example",
      "xn--bcher-kva.example", "com", ".", "example.com.", "a..b");
  private static final List<String> PATHS = List.of("/", "/a", "/a/b");
  private static final List<String> BAD_PATHS = List.of("", "a", "/a;b", "/\u00e4", "/a b", "//");
  private static final List<String> CONSTANTS = List.of("");
  private static final List<String> BAD_CONSTANTS = List.of("SID", "INDEX", "class", "$X",
      "a b", "Category", "_", "List", "REVISION", "all", "1A", "\u00c9T\u00c9");
  private static final List<String> CATEGORIES =
      List.of("NECESSARY", "FUNCTIONAL", "STATISTICS", "MARKETING");
  private static final List<String> SAME_SITES = List.of("STRICT", "LAX", "NONE");
  private static final List<String> PARTIES = List.of("FIRST_PARTY", "THIRD_PARTY");
  private static final List<String> REGISTRIES = List.of("CookieRegistry", "Cookies", "A");
  private static final List<String> BAD_REGISTRIES =
      List.of("C0", "class", "1x", "x.y", "String", "java.lang.Y", "fz.Other", "");
  private static final List<String> LIFETIMES = List.of("P6M", "P13M", "P1D");
  private static final List<String> BAD_LIFETIMES = List.of("P14M", "x", "", "PT0S", "-P1M");
  private static final List<String> FORMATS = List.of("md", "html", "csv", "tcf", "fides");
  private static final List<String> BAD_FORMATS = List.of("json", "pdf", "", " md", "MD");
  private static final List<String> LANGUAGES = List.of("en", "de", "fr", "zh-Hant-TW");
  private static final List<String> BAD_LANGUAGES = List.of("", "xx-YY", "../e", "en_GB");

  final List<String> options = new ArrayList<>();
  /** The names of every declaration, in source order. */
  final List<String> declaredNames = new ArrayList<>();
  boolean policyInPackageInfo;
  /** A text too long for the user's own class file: the compiler may say so on the source too. */
  boolean overlongText;
  private final HostileText random;
  /** Whether invalid values may appear; a tame project holds only valid ones (hostile texts too). */
  private final boolean wild;
  private final StringBuilder sources = new StringBuilder();

  private RandomProject(HostileText random) {
    this.random = random;
    this.wild = random.oneIn(2);
  }

  /** A valid value, or in a wild project at times an invalid one or any text. */
  private String choose(List<String> valid, List<String> invalid) {
    if (wild && random.oneIn(2)) {
      return random.oneIn(3) ? random.text() : random.pick(invalid);
    }
    return random.pick(valid);
  }

  /** Any text, never blank in a tame project (a blank provider or purpose is an error). */
  private String someText() {
    String text = random.text();
    return wild || !text.isBlank() ? text : "x" + text;
  }

  /** Writes a random project into the build's source folder and beside it. */
  static RandomProject write(HostileText random, DiskBuild build, Path root) {
    RandomProject project = new RandomProject(random);
    project.writeSources(build);
    project.chooseOptions(root);
    return project;
  }

  /** The sources and options, for a failure message that lets a reader reproduce the case. */
  String describe() {
    return (wild ? "wild" : "tame") + " project; options: " + options + "\n" + sources;
  }

  private void writeSources(DiskBuild build) {
    int classes = 1 + random.below(3);
    policyInPackageInfo = random.oneIn(3);
    if (policyInPackageInfo) {
      write(build, "fz/package-info.java", policy() + "\npackage fz;\n\n"
          + "import io.github.cookieledger.*;\n");
    }
    for (int c = 0; c < classes; c++) {
      StringBuilder source = new StringBuilder("package fz;\n\nimport io.github.cookieledger.*;\n\n");
      if (c == 0 && !policyInPackageInfo && !(wild && random.oneIn(8))) {
        source.append(policy()).append('\n');
      }
      declarations(source, "");
      source.append("class C").append(c).append(" {\n");
      for (int member = random.below(3); member > 0; member--) {
        declarations(source, "  ");
        source.append(random.oneIn(2)
            ? "  void m" + member + "() {}\n"
            : "  String f" + member + " = \"\";\n");
      }
      source.append("}\n");
      write(build, "fz/C" + c + ".java", source.toString());
    }
  }

  private void write(DiskBuild build, String relative, String text) {
    build.write(relative, text);
    sources.append("// ").append(relative).append('\n').append(text);
  }

  private String policy() {
    List<String> attributes = new ArrayList<>();
    attributes.add("site = " + literal(random.oneIn(3) ? random.text() : "https://example.com"));
    if (random.oneIn(2)) {
      attributes.add("registry = " + literal(choose(REGISTRIES, BAD_REGISTRIES)));
    }
    if (wild && random.oneIn(3)) {
      String consent = random.oneIn(2) && !declaredNames.isEmpty()
          ? random.pick(declaredNames) : random.pick(List.of("prefs", "sid", "missing"));
      attributes.add("consentCookie = " + literal(consent));
    }
    if (random.oneIn(3)) {
      attributes.add("consentLifetime = " + literal(choose(LIFETIMES, BAD_LIFETIMES)));
    }
    if (wild && random.oneIn(10)) {
      attributes.add("includes = " + random.pick(List.of("String.class", "Object.class",
          "{C0.class}", "{}")));
    }
    return "@CookiePolicy(" + String.join(", ", attributes) + ")";
  }

  private void declarations(StringBuilder source, String indent) {
    for (int n = random.below(3); n > 0; n--) {
      source.append(indent).append(cookie()).append('\n');
    }
  }

  private String cookie() {
    String name = choose(NAMES, BAD_NAMES);
    if (!wild) {
      name = name.replace("*", "") + "_" + declaredNames.size(); // unique, so no duplicates
    }
    declaredNames.add(name);
    String category = random.pick(CATEGORIES);
    List<String> attributes = new ArrayList<>();
    attributes.add("name = " + literal(name));
    attributes.add("provider = " + literal(random.oneIn(2) ? someText() : "Example Ltd"));
    attributes.add("purpose = " + literal(purpose()));
    attributes.add("category = Category." + category);
    if (random.oneIn(3)) {
      attributes.add("function = " + literal(random.text()));
    }
    if (random.oneIn(3)) {
      attributes.add("party = Party." + random.pick(PARTIES));
    }
    if (random.oneIn(2)) {
      attributes.add("duration = " + literal(choose(DURATIONS, BAD_DURATIONS)));
    }
    if (random.oneIn(4)) {
      attributes.add("domain = " + literal(choose(DOMAINS, BAD_DOMAINS)));
    }
    if (random.oneIn(4)) {
      attributes.add("path = " + literal(choose(PATHS, BAD_PATHS)));
    }
    if (wild && random.oneIn(4)) {
      attributes.add("secure = " + random.oneIn(2));
    }
    if (random.oneIn(4)) {
      attributes.add("httpOnly = " + random.oneIn(2));
    }
    if (random.oneIn(4)) {
      attributes.add("sameSite = SameSite." + random.pick(SAME_SITES));
    }
    if (wild && random.oneIn(5)) {
      attributes.add("anonymized = " + random.oneIn(2));
    }
    if (random.oneIn(3)) {
      attributes.add("constant = " + literal(choose(CONSTANTS, BAD_CONSTANTS)));
    }
    if (random.oneIn(6)) {
      attributes.add("partitioned = " + random.oneIn(2));
    }
    if (random.oneIn(8)) {
      attributes.add("known = " + literal(someText()));
    }
    return "@Cookie(" + String.join(", ", attributes) + ")";
  }

  /** A purpose; one time in 150 longer than a class file's string constant can hold. */
  private String purpose() {
    if (random.oneIn(150)) {
      overlongText = true;
      return "\u4e2d".repeat(21_846); // 65,538 bytes of modified UTF-8
    }
    return random.oneIn(2) ? someText() : "To remember the visitor's choice";
  }

  private void chooseOptions(Path root) {
    if (random.oneIn(3)) {
      List<String> formats = new ArrayList<>();
      for (int n = random.below(4); n > 0; n--) {
        formats.add(choose(FORMATS, BAD_FORMATS));
      }
      options.add("-Acookieledger.formats=" + String.join(",", formats));
    }
    if (random.oneIn(4)) {
      options.add("-Acookieledger.language=" + choose(LANGUAGES, BAD_LANGUAGES));
    }
    if (random.oneIn(5)) {
      options.add("-Acookieledger.registry="
          + choose(List.of("fz.CookieRegistry", "x.Y"), List.of("Y", "1.2", "a..b", "fz.C0")));
    }
    if (random.oneIn(5)) {
      options.add("-Acookieledger.undeclared="
          + choose(List.of("warning", "off"), List.of("error", "note", "ERROR")));
    }
    if (random.oneIn(6)) {
      options.add("-Acookieledger.scanUnavailable=" + choose(List.of("note"), List.of("error")));
    }
    if (random.oneIn(6)) {
      // a shorter limit is valid too, but turns the declared P1Y cookies into errors
      options.add("-Acookieledger.maxConsentLifetime=" + choose(List.of("P13M"), LIFETIMES));
    }
    if (wild && random.oneIn(6)) {
      options.add("-Acookieledger.translations=" + translations(root.resolve("translations")));
    }
    if (random.oneIn(6)) {
      options.add("-Acookieledger.knownCookies="
          + choose(List.of("warning", "off"), List.of("error", "none")));
    }
    if (wild && random.oneIn(6)) {
      options.add("-Acookieledger.knownCookiesFile=" + knownCookiesFile(root));
    }
  }

  /** A company's own platform list as a user may botch it: columns, quotes, flags, bytes. */
  private String knownCookiesFile(Path root) {
    Path file = root.resolve("known.csv");
    StringBuilder csv = new StringBuilder(random.oneIn(5) ? random.text()
        : "ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,"
            + "Data Controller,User Privacy & GDPR Rights Portals,Wildcard match");
    csv.append('\n');
    for (int row = random.below(5); row > 0; row--) {
      String name = declaredNames.isEmpty() || random.oneIn(3) ? random.text()
          : random.pick(declaredNames);
      csv.append("x,").append(random.pick(List.of("Ours", "\"Quoted, platform\"", "\"open")))
          .append(',').append(random.pick(List.of("Analytics", "Marketing", "Functional",
              "Necessary", "Security", "Other", "")))
          .append(',').append(name.replace(",", "").replace("\n", ""))
          .append(",,").append(random.text().replace(",", "").replace("\n", ""))
          .append(',').append(random.pick(List.of("2 years", "session", "13 months", "",
              "forever", "1 day")))
          .append(",Us,,").append(random.pick(List.of("0", "1", "yes", "")));
      if (random.oneIn(5)) {
        csv.append(",extra");
      }
      csv.append('\n');
    }
    try {
      Files.write(file, random.oneIn(8) ? new byte[] {(byte) 0xFF, (byte) 0xFE, 'x'}
          : csv.toString().getBytes(UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return random.oneIn(6) ? root.resolve("missing.csv").toString() : file.toString();
  }

  /** A translations folder with hostile files (or none at all), written under {@code folder}. */
  private String translations(Path folder) {
    if (random.oneIn(5)) {
      return folder.resolve("missing").toString();
    }
    try {
      Files.createDirectories(folder);
      for (int n = random.below(3); n > 0; n--) {
        String language = choose(List.of("de", "fr", "de-CH"), List.of("en", "xx", ""))
            .replaceAll("[/\\\\\u0000:*?\"<>|]", "_");
        StringBuilder properties = new StringBuilder();
        for (int key = random.below(5); key > 0; key--) {
          String name = declaredNames.isEmpty() || random.oneIn(4)
              ? random.text() : random.pick(declaredNames);
          properties.append(escapeProperty(name)).append('.')
              .append(random.pick(List.of("purpose", "function", "provider", ""))).append('=')
              .append(escapeProperty(random.text())).append('\n');
        }
        Path file = folder.resolve("cookies_" + language + ".properties");
        byte[] bytes = properties.toString().getBytes(UTF_8);
        if (random.oneIn(6)) {
          bytes = new byte[] {(byte) 0xC3, (byte) 0x28, '=', (byte) 0xFF}; // not UTF-8
        }
        Files.write(file, bytes);
      }
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new UncheckedIOException(new IOException("the generator wrote a bad file name", e));
    }
    return folder.toString();
  }

  private static String escapeProperty(String text) {
    StringBuilder escaped = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '\\' || c == '=' || c == ':' || c == '#' || c == '!' || c == ' ') {
        escaped.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        escaped.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /**
   * {@code value} as a Java string literal. Octal escapes for controls, quote and backslash, unicode
   * escapes for the rest beyond ASCII: a unicode escape of a line end would end the literal, and
   * javac 16/17 misreads {@code \\} right after a unicode escape.
   */
  static String literal(String value) {
    StringBuilder literal = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      if (c < 0x20 || c == '"' || c == '\\' || c == 0x7f) {
        literal.append(String.format(Locale.ROOT, "\\%03o", (int) c));
      } else if (c > 0x7f) {
        literal.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        literal.append(c);
      }
    }
    return literal.append('"').toString();
  }
}
