package io.github.cookieledger.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.ProcessorTest;
import io.github.cookieledger.processor.testing.Source;
import io.github.cookieledger.processor.testing.TestCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * SPEC §3 rule 2: {@code __Secure-} needs {@code secure}; {@code __Host-} needs {@code secure},
 * {@code path = "/"} and no {@code domain}; other casings get the same rules and a warning.
 */
@ProcessorTest
class PrefixRuleTest {
  @Parameter TestCompiler compiler;

  @Test
  void securePrefixWithoutSecureIsAnError() {
    Source auth = Source.cookie("name = \"__Secure-id\"\nsecure = false");
    Expect.onlyError(compiler.compile(auth), auth, "secure = false", Message.PREFIX_NOT_SECURE,
        "__Secure-id", "__Secure-");
  }

  @Test
  void hostPrefixWithoutSecureIsAnError() {
    Source auth = Source.cookie("name = \"__Host-id\"\nsecure = false");
    Expect.onlyError(compiler.compile(auth), auth, "secure = false", Message.PREFIX_NOT_SECURE,
        "__Host-id", "__Host-");
  }

  @Test
  void hostPrefixWithAnotherPathIsAnError() {
    Source auth = Source.cookie("name = \"__Host-id\"\npath = \"/api\"");
    Expect.onlyError(compiler.compile(auth), auth, "path = \"/api\"", Message.HOST_PREFIX_PATH,
        "__Host-id", "/api");
  }

  @Test
  void hostPrefixWithADomainIsAnError() {
    Source auth = Source.cookie("name = \"__Host-id\"\ndomain = \"example.org\"");
    Expect.onlyError(compiler.compile(auth), auth, "domain = \"example.org\"",
        Message.HOST_PREFIX_DOMAIN, "__Host-id", "example.org");
  }

  @Test
  void lowerCasePrefixGetsTheWarningAndTheRule() {
    Source auth = Source.cookie("name = \"__secure-x\"\nsecure = false");
    Compilation compilation = compiler.compile(auth);
    Expect.warning(compilation, auth, "name = \"__secure-x\"", Message.PREFIX_CASE,
        "__secure-x", "__secure-", "__Secure-");
    Expect.onlyError(compilation, auth, "secure = false", Message.PREFIX_NOT_SECURE,
        "__secure-x", "__Secure-");
  }

  @Test
  void otherCasingOfTheHostPrefixGetsTheHostRules() {
    Source auth = Source.cookie("name = \"__HOST-x\"\ndomain = \"example.org\"");
    Compilation compilation = compiler.compile(auth);
    Expect.warning(compilation, auth, "name = \"__HOST-x\"", Message.PREFIX_CASE,
        "__HOST-x", "__HOST-", "__Host-");
    Expect.onlyError(compilation, auth, "domain = \"example.org\"", Message.HOST_PREFIX_DOMAIN,
        "__HOST-x", "example.org");
  }

  @Test
  void wellFormedPrefixedCookiesCompileCleanly() {
    Expect.clean(compiler.compile(Source.cookie("name = \"__Host-id\"",
        "name = \"__Secure-id\"\ndomain = \"example.org\"\npath = \"/api\"")));
  }

  @Test
  void correctlyCasedPrefixGetsNoWarning() {
    assertThat(compiler.compile(Source.cookie("name = \"__Secure-id\""))).succeededWithoutWarnings();
  }
}
