package io.github.cookieledger.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.github.cookieledger.processor.testing.Compile;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.Source;
import org.junit.jupiter.api.Test;

/**
 * SPEC §3 rule 2: {@code __Secure-} needs {@code secure}; {@code __Host-} needs {@code secure},
 * {@code path = "/"} and no {@code domain}; other casings get the same rules and a warning.
 */
class PrefixRuleTest {

  @Test
  void securePrefixWithoutSecureIsAnError() {
    Source auth = Source.cookie("name = \"__Secure-id\"\nsecure = false");
    Expect.onlyError(Compile.sources(auth), auth, "secure = false",
        "[cookie-prefix] cookie \"__Secure-id\" has the __Secure- prefix but secure = false");
  }

  @Test
  void hostPrefixWithoutSecureIsAnError() {
    Source auth = Source.cookie("name = \"__Host-id\"\nsecure = false");
    Expect.onlyError(Compile.sources(auth), auth, "secure = false",
        "[cookie-prefix] cookie \"__Host-id\" has the __Host- prefix but secure = false");
  }

  @Test
  void hostPrefixWithAnotherPathIsAnError() {
    Source auth = Source.cookie("name = \"__Host-id\"\npath = \"/api\"");
    Expect.onlyError(Compile.sources(auth), auth, "path = \"/api\"",
        "[cookie-prefix] cookie \"__Host-id\" has the __Host- prefix but path = \"/api\"");
  }

  @Test
  void hostPrefixWithADomainIsAnError() {
    Source auth = Source.cookie("name = \"__Host-id\"\ndomain = \"example.org\"");
    Expect.onlyError(Compile.sources(auth), auth, "domain = \"example.org\"",
        "[cookie-prefix] cookie \"__Host-id\" has the __Host- prefix but domain = \"example.org\"");
  }

  @Test
  void lowerCasePrefixGetsTheWarningAndTheRule() {
    Source auth = Source.cookie("name = \"__secure-x\"\nsecure = false");
    Compilation compilation = Compile.sources(auth);
    Expect.warning(compilation, auth, "name = \"__secure-x\"",
        "[cookie-prefix] cookie \"__secure-x\" starts with \"__secure-\", which browsers treat as"
            + " the __Secure- prefix");
    Expect.onlyError(compilation, auth, "secure = false",
        "[cookie-prefix] cookie \"__secure-x\" has the __Secure- prefix but secure = false");
  }

  @Test
  void otherCasingOfTheHostPrefixGetsTheHostRules() {
    Source auth = Source.cookie("name = \"__HOST-x\"\ndomain = \"example.org\"");
    Compilation compilation = Compile.sources(auth);
    Expect.warning(compilation, auth, "name = \"__HOST-x\"", "the __Host- prefix");
    Expect.onlyError(compilation, auth, "domain = \"example.org\"",
        "cookie \"__HOST-x\" has the __Host- prefix but domain = \"example.org\"");
  }

  @Test
  void wellFormedPrefixedCookiesCompileCleanly() {
    Expect.clean(Compile.sources(Source.cookie("name = \"__Host-id\"",
        "name = \"__Secure-id\"\ndomain = \"example.org\"\npath = \"/api\"")));
  }

  @Test
  void correctlyCasedPrefixGetsNoWarning() {
    assertThat(Compile.sources(Source.cookie("name = \"__Secure-id\""))).succeededWithoutWarnings();
  }
}
