package io.github.cookieledger.processor.write;

import com.google.testing.compile.Compilation;
import io.github.cookieledger.processor.testing.Compile;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.Golden;
import io.github.cookieledger.processor.testing.Seed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed's declarations give exactly the committed registry sources, {@code cookies.json} and
 * {@code cookie-policy.md} under {@code golden/seed/}. Regenerate after an intended change with
 * {@code -Dcookieledger.updateGolden=true} (see {@link Golden}).
 */
class SeedGoldenTest {
  private static Compilation compilation;

  @BeforeAll
  static void compileSeed() {
    compilation = Compile.sources(Seed.sources());
    Expect.clean(compilation);
  }

  @Test
  void registrySource() {
    Golden.assertMatches("seed/CookieRegistry.java",
        Compile.generatedSource(compilation, "org.example.portal.CookieRegistry"));
  }

  @Test
  void registryTableSource() {
    Golden.assertMatches("seed/CookieRegistry_Table.java",
        Compile.generatedSource(compilation, "org.example.portal.CookieRegistry_Table"));
  }

  @Test
  void cookiesJson() {
    Golden.assertMatches("seed/cookies.json",
        Compile.resource(compilation, Compile.JSON).orElseThrow());
  }

  @Test
  void cookiePolicyMarkdown() {
    Golden.assertMatches("seed/cookie-policy.md",
        Compile.resource(compilation, Compile.MARKDOWN).orElseThrow());
  }
}
