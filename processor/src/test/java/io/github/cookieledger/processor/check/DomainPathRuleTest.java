package io.github.cookieledger.processor.check;

import static io.github.cookieledger.processor.testing.Source.literal;

import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.ProcessorTest;
import io.github.cookieledger.processor.testing.Source;
import io.github.cookieledger.processor.testing.TestCompiler;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC §3 rule 7: {@code domain} is a host name (no scheme, port, path or spaces); {@code path}
 * starts with {@code /}, without {@code ;} or controls.
 */
@ProcessorTest
class DomainPathRuleTest {
  @Parameter TestCompiler compiler;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "https://example.org | holds a scheme",
      "example.org:8443    | holds a port",
      "example.org/app     | holds a path",
      "'example .org'      | holds a space",
      "exa;mple.org        | is not a host name",
      "example..org        | is not a host name"})
  void domainThatIsNoHostNameIsAnError(String domain, String problem) {
    Source auth = Source.cookie("name = \"sid\"\ndomain = " + literal(domain));
    Expect.onlyError(compiler.compile(auth), auth, "domain = ", Message.DOMAIN, "sid", domain);
    Expect.error(compiler.compile(auth), auth, "domain = ", "which " + problem);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"example.org", "portal-1.data.example"})
  void hostNameDomainIsAccepted(String domain) {
    Expect.clean(compiler.compile(Source.cookie("name = \"sid\"\ndomain = " + literal(domain))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "api     | does not start with /",
      "''      | does not start with /",
      "/a;b    | holds ';'",
      "/a\u0007b | holds the control or non-ASCII character U+0007",
      "/caf\u00e9 | holds the control or non-ASCII character U+00E9 at position 5, but RFC 6265 paths are ASCII",
      "/\uD83D\uDE00 | holds the control or non-ASCII character U+1F600 at position 2"})
  void badPathIsAnError(String path, String problem) {
    Source auth = Source.cookie("name = \"sid\"\npath = " + literal(path));
    Expect.onlyError(compiler.compile(auth), auth, "path = ", Message.PATH, "sid", path);
    Expect.error(compiler.compile(auth), auth, "path = ", "which " + problem);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/", "/api", "/api/v1/"})
  void pathFromTheRootIsAccepted(String path) {
    Expect.clean(compiler.compile(Source.cookie("name = \"sid\"\npath = " + literal(path))));
  }
}
