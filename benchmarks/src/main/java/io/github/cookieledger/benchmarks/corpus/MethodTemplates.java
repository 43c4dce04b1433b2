package io.github.cookieledger.benchmarks.corpus;

import java.util.Random;

/** Method bodies of the generated classes: the everyday code javac spends its time on. */
final class MethodTemplates {
  static final int EXTRA_COUNT = 6;

  private MethodTemplates() {}

  /** Methods every class has; {@code weight} is what other classes call. */
  static String common(String simple, String otherClass) {
    return ""
        + "  public static int weight(String key) {\n"
        + "    int w = 0;\n"
        + "    for (int i = 0; i < key.length(); i++) {\n"
        + "      w = w * 31 + (Character.isDigit(key.charAt(i)) ? key.charAt(i) - '0' : key.charAt(i) % LIMIT);\n"
        + "    }\n"
        + "    return Math.floorMod(w, 1_000);\n"
        + "  }\n\n"
        + "  public int add(String name, int amount) {\n"
        + "    if (name == null || name.isBlank()) {\n"
        + "      throw new IllegalArgumentException(\"name is blank in " + simple + "\");\n"
        + "    }\n"
        + "    names.add(name);\n"
        + "    counts.merge(name, amount, Integer::sum);\n"
        + "    total += amount;\n"
        + "    return counts.get(name);\n"
        + "  }\n\n"
        + "  public List<String> top(int n) {\n"
        + "    return counts.entrySet().stream()\n"
        + "        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()\n"
        + "            .thenComparing(Map.Entry.comparingByKey()))\n"
        + "        .limit(n)\n"
        + "        .map(Map.Entry::getKey)\n"
        + "        .collect(Collectors.toList());\n"
        + "  }\n\n"
        + "  public String render() {\n"
        + "    StringBuilder out = new StringBuilder(PREFIX).append('[');\n"
        + "    for (String name : names) {\n"
        + "      if (out.length() > PREFIX.length() + 1) {\n"
        + "        out.append(\", \");\n"
        + "      }\n"
        + "      out.append(name).append('=').append(counts.getOrDefault(name, 0));\n"
        + "    }\n"
        + "    return out.append(']').toString();\n"
        + "  }\n\n"
        + "  public int delegate(String key) {\n"
        + "    return " + otherClass + ".weight(PREFIX + key) + (int) (total % LIMIT);\n"
        + "  }\n\n";
  }

  /** One of {@link #EXTRA_COUNT} varied methods, numbered {@code m} in its class. */
  static String extra(int kind, int m, Random random) {
    int k = 2 + random.nextInt(17);
    switch (kind) {
      case 0:
        return ""
            + "  public long checksum" + m + "() {\n"
            + "    long h = " + k + ";\n"
            + "    for (int i = 0; i < names.size(); i++) {\n"
            + "      h = h * 31 + names.get(i).hashCode();\n"
            + "      if (h % LIMIT == 0) {\n"
            + "        h ^= i;\n"
            + "      }\n"
            + "    }\n"
            + "    return h;\n"
            + "  }\n\n";
      case 1:
        return ""
            + "  public Map<Boolean, List<String>> split" + m + "(Predicate<String> test) {\n"
            + "    Map<Boolean, List<String>> out = new LinkedHashMap<>();\n"
            + "    names.forEach(n -> out.computeIfAbsent(test.test(n), b -> new ArrayList<>()).add(n));\n"
            + "    out.values().forEach(list -> list.sort(Comparator.naturalOrder()));\n"
            + "    return out;\n"
            + "  }\n\n";
      case 2:
        return ""
            + "  public Optional<String> longest" + m + "(int minLength) {\n"
            + "    return names.stream()\n"
            + "        .filter(n -> n.length() >= minLength + " + k + ")\n"
            + "        .max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()));\n"
            + "  }\n\n";
      case 3:
        return ""
            + "  public int[] histogram" + m + "() {\n"
            + "    int[] buckets = new int[" + k + "];\n"
            + "    for (Map.Entry<String, Integer> e : counts.entrySet()) {\n"
            + "      int bucket = Math.floorMod(e.getKey().hashCode(), buckets.length);\n"
            + "      buckets[bucket] += e.getValue();\n"
            + "    }\n"
            + "    int running = 0;\n"
            + "    for (int i = 0; i < buckets.length; i++) {\n"
            + "      running += buckets[i];\n"
            + "      buckets[i] = running;\n"
            + "    }\n"
            + "    return buckets;\n"
            + "  }\n\n";
      case 4:
        return ""
            + "  public Map<Character, Long> initials" + m + "() {\n"
            + "    return names.stream()\n"
            + "        .filter(n -> !n.isEmpty())\n"
            + "        .collect(Collectors.groupingBy(n -> n.charAt(0), Collectors.counting()));\n"
            + "  }\n\n";
      default:
        return ""
            + "  public List<String> page" + m + "(int page, int size) {\n"
            + "    List<String> sorted = new ArrayList<>(names);\n"
            + "    sorted.sort(String.CASE_INSENSITIVE_ORDER);\n"
            + "    int from = Math.min(page * size, sorted.size());\n"
            + "    int to = Math.min(from + size + " + k + ", sorted.size());\n"
            + "    List<String> result = new ArrayList<>();\n"
            + "    for (String s : sorted.subList(from, to)) {\n"
            + "      result.add(s.strip());\n"
            + "    }\n"
            + "    return result;\n"
            + "  }\n\n";
    }
  }

  /** Sets a declared cookie twice: as a java.net.HttpCookie and as a Set-Cookie header. */
  static String setter(int n, String cookieName) {
    String name = JavaText.literal(cookieName);
    String header = JavaText.literal(cookieName + "=");
    return ""
        + "  public HttpCookie setCookie" + n + "(Headers headers, String value) {\n"
        + "    HttpCookie cookie = new HttpCookie(" + name + ", value);\n"
        + "    cookie.setPath(\"/\");\n"
        + "    cookie.setSecure(true);\n"
        + "    cookie.setHttpOnly(true);\n"
        + "    headers.add(\"Set-Cookie\", " + header + " + value + \"; Path=/; Secure; HttpOnly\");\n"
        + "    names.add(cookie.getName());\n"
        + "    return cookie;\n"
        + "  }\n\n";
  }
}
