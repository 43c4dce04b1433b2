package io.github.cookieledger.benchmarks.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates the build benchmark's project: {@code files} classes with real method bodies (fields,
 * loops, collections, lambdas, streams, a call into another class) in 40 packages, {@code cookies}
 * {@code @Cookie} declarations from the Open Cookie Database on the methods (or classes) that set
 * those cookies through {@code java.net.HttpCookie} and a {@code Set-Cookie} header write, and a
 * {@code @CookiePolicy} in {@code package-info.java}. Deterministic: the same arguments give the
 * same bytes.
 *
 * <p>Usage: {@code CorpusGenerator <out-dir> <files> <cookies>}; writes {@code src/**} and
 * {@code sources.txt} (the javac argument file).
 */
public final class CorpusGenerator {
  static final String ROOT_PACKAGE = "com.acme.shop";
  static final String REGISTRY = "ShopCookies";
  private static final String[] DOMAINS = {
    "catalog", "orders", "billing", "shipping", "accounts", "search", "reviews", "inventory",
    "pricing", "support"
  };
  private static final String[] LAYERS = {"service", "model", "repo", "web"};
  private static final long SEED = 20261129L;

  private final int files;
  private final List<CorpusCookie> cookies;

  CorpusGenerator(int files, List<CorpusCookie> cookies) {
    if (files < 1) {
      throw new IllegalArgumentException("files must be at least 1, not " + files);
    }
    this.files = files;
    this.cookies = cookies;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: CorpusGenerator <out-dir> <files> <cookies>");
      System.exit(2);
    }
    int files = Integer.parseInt(args[1]);
    int cookies = Integer.parseInt(args[2]);
    Path out = Path.of(args[0]);
    int written = new CorpusGenerator(files, OpenCookieDatabase.sample(cookies)).write(out);
    System.out.println("wrote " + written + " sources (" + files + " classes, " + cookies
        + " @Cookie declarations) to " + out);
  }

  /**
   * @param out the folder to write into (emptied first)
   * @return the number of source files written
   */
  int write(Path out) throws IOException {
    Path src = out.resolve("src");
    deleteTree(src);
    List<String> sources = new ArrayList<>();
    Random random = new Random(SEED);
    List<List<CorpusCookie>> perFile = distribute();
    for (int i = 0; i < files; i++) {
      String pkg = packageOf(i);
      String simple = classOf(i);
      String text = classSource(i, pkg, simple, perFile.get(i), random);
      sources.add(writeSource(src, pkg, simple + ".java", text));
    }
    sources.add(writeSource(src, ROOT_PACKAGE, "package-info.java", packageInfo()));
    Files.write(out.resolve("sources.txt"), sources, StandardCharsets.UTF_8);
    return sources.size();
  }

  /** Cookie i goes to file i × files / cookies: spread over the project, several per file when needed. */
  private List<List<CorpusCookie>> distribute() {
    List<List<CorpusCookie>> perFile = new ArrayList<>(files);
    for (int i = 0; i < files; i++) {
      perFile.add(new ArrayList<>());
    }
    for (int i = 0; i < cookies.size(); i++) {
      perFile.get((int) ((long) i * files / cookies.size())).add(cookies.get(i));
    }
    return perFile;
  }

  static String packageOf(int i) {
    return ROOT_PACKAGE + "." + DOMAINS[i % DOMAINS.length] + "."
        + LAYERS[(i / DOMAINS.length) % LAYERS.length];
  }

  static String classOf(int i) {
    String domain = DOMAINS[i % DOMAINS.length];
    String layer = LAYERS[(i / DOMAINS.length) % LAYERS.length];
    return Character.toUpperCase(domain.charAt(0)) + domain.substring(1)
        + Character.toUpperCase(layer.charAt(0)) + layer.substring(1) + i;
  }

  private String classSource(int i, String pkg, String simple, List<CorpusCookie> declared,
      Random random) {
    int other = (i * 7 + 3) % files;
    String otherClass = packageOf(other) + "." + classOf(other);
    int limit = 5 + random.nextInt(90);
    StringBuilder s = new StringBuilder(6_000);
    s.append("package ").append(pkg).append(";\n\n");
    if (!declared.isEmpty()) {
      s.append("import com.sun.net.httpserver.Headers;\n");
      s.append("import io.github.cookieledger.Category;\n");
      s.append("import io.github.cookieledger.Cookie;\n");
      s.append("import io.github.cookieledger.Party;\n");
      s.append("import java.net.HttpCookie;\n");
    }
    s.append("import java.util.ArrayList;\n")
        .append("import java.util.Comparator;\n")
        .append("import java.util.HashMap;\n")
        .append("import java.util.LinkedHashMap;\n")
        .append("import java.util.List;\n")
        .append("import java.util.Map;\n")
        .append("import java.util.Optional;\n")
        .append("import java.util.function.Predicate;\n")
        .append("import java.util.stream.Collectors;\n\n");
    boolean onType = !declared.isEmpty() && i % 5 == 0;
    s.append("/** ").append(simple).append(": part of the generated benchmark shop. */\n");
    if (onType) {
      s.append(cookieAnnotation(declared.get(0), ""));
    }
    s.append("public final class ").append(simple).append(" {\n");
    s.append("  private static final int LIMIT = ").append(limit).append(";\n");
    s.append("  private static final String PREFIX = \"").append(simple.toLowerCase())
        .append("\";\n");
    s.append("  private final List<String> names = new ArrayList<>();\n");
    s.append("  private final Map<String, Integer> counts = new HashMap<>();\n");
    s.append("  private long total;\n\n");
    s.append(MethodTemplates.common(simple, otherClass));
    int extra = 2 + random.nextInt(4);
    for (int m = 0; m < extra; m++) {
      s.append(MethodTemplates.extra(random.nextInt(MethodTemplates.EXTRA_COUNT), m, random));
    }
    for (int c = 0; c < declared.size(); c++) {
      CorpusCookie cookie = declared.get(c);
      s.append(onType && c == 0 ? "" : cookieAnnotation(cookie, "  "));
      s.append(MethodTemplates.setter(c, cookie.example()));
    }
    s.append("}\n");
    return s.toString();
  }

  private static String cookieAnnotation(CorpusCookie c, String indent) {
    StringBuilder a = new StringBuilder(indent).append("@Cookie(\n");
    String in = indent + "    ";
    a.append(in).append("name = ").append(JavaText.literal(c.name())).append(",\n");
    if (!c.constant().isEmpty()) {
      a.append(in).append("constant = ").append(JavaText.literal(c.constant())).append(",\n");
    }
    a.append(in).append("provider = ").append(JavaText.literal(c.provider())).append(",\n");
    a.append(in).append("purpose = ").append(JavaText.literal(c.purpose())).append(",\n");
    a.append(in).append("category = Category.").append(c.category().name());
    if (c.party() != io.github.cookieledger.Party.FIRST_PARTY) {
      a.append(",\n").append(in).append("party = Party.").append(c.party().name());
    }
    if (!c.duration().equals("session")) {
      a.append(",\n").append(in).append("duration = ").append(JavaText.literal(c.duration()));
    }
    return a.append(")\n").toString();
  }

  private static String packageInfo() {
    return "/** The benchmark shop's cookie policy. */\n"
        + "@CookiePolicy(site = \"https://shop.example\", registry = \"" + REGISTRY + "\")\n"
        + "package " + ROOT_PACKAGE + ";\n\n"
        + "import io.github.cookieledger.CookiePolicy;\n";
  }

  private static String writeSource(Path src, String pkg, String file, String text) {
    Path dir = src.resolve(pkg.replace('.', '/'));
    Path path = dir.resolve(file);
    try {
      Files.createDirectories(dir);
      Files.writeString(path, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return path.toAbsolutePath().toString();
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path p : (Iterable<Path>) paths.sorted((a, b) -> b.compareTo(a))::iterator) {
        Files.delete(p);
      }
    }
  }
}
