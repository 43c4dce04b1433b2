package org.example.springportal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The policy tables the build generated ({@code META-INF/cookies/cookie-policy.fragment.html},
 * and {@code cookie-policy_fr.fragment.html} from the French texts), read once from the jar.
 * They are escaped HTML already.
 */
@Component
class PolicyDocuments {
  private final Map<Language, String> fragments = new EnumMap<>(Language.class);

  PolicyDocuments() {
    for (Language language : Language.values()) {
      String suffix = language == Language.ENGLISH ? "" : "_" + language.code();
      fragments.put(language, read("/META-INF/cookies/cookie-policy" + suffix + ".fragment.html"));
    }
  }

  String fragment(Language language) {
    return fragments.get(language);
  }

  private static String read(String resource) {
    try (InputStream in = PolicyDocuments.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing: the build writes it");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
