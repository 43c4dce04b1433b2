package org.example.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The policy documents the cookieledger processor wrote into this jar under {@code
 * META-INF/cookies/}, read once at start-up: the site shows what the build generated, never a
 * hand-kept copy.
 */
final class PolicyResources {
  static final String FOLDER = "META-INF/cookies/";
  private static final Logger LOG = Logger.getLogger(PolicyResources.class.getName());

  private final byte[] cookiesJson;
  private final Map<Language, String> fragments;

  private PolicyResources(byte[] cookiesJson, Map<Language, String> fragments) {
    this.cookiesJson = cookiesJson;
    this.fragments = fragments;
  }

  /**
   * @return the documents of this application
   * @throws IllegalStateException when the build did not generate them
   */
  static PolicyResources fromClassPath() {
    byte[] json = read("cookies.json");
    String english = new String(read("cookie-policy.fragment.html"), StandardCharsets.UTF_8);
    Map<Language, String> fragments = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      String name = fragmentName(language);
      if (language == Language.DEFAULT) {
        fragments.put(language, english);
      } else if (exists(name)) {
        fragments.put(language, new String(read(name), StandardCharsets.UTF_8));
      } else {
        // The build lacks the translation (see -Acookieledger.translations): English beats none.
        LOG.warning("no " + FOLDER + name + " on the class path: the " + language.code()
            + " policy page shows the English tables");
        fragments.put(language, english);
      }
    }
    return new PolicyResources(json, fragments);
  }

  static String fragmentName(Language language) {
    return language == Language.DEFAULT
        ? "cookie-policy.fragment.html"
        : "cookie-policy_" + language.code() + ".fragment.html";
  }

  byte[] cookiesJson() {
    return cookiesJson.clone();
  }

  /** @return only the policy's tables, in the language, to embed in a page */
  String fragment(Language language) {
    return fragments.get(language);
  }

  private static boolean exists(String name) {
    return loader().getResource(FOLDER + name) != null;
  }

  private static byte[] read(String name) {
    try (InputStream in = loader().getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException(
            "no " + FOLDER + name + " on the class path: is the cookieledger processor on the"
                + " compiler's annotationProcessorPaths?");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ClassLoader loader() {
    return PolicyResources.class.getClassLoader();
  }
}
