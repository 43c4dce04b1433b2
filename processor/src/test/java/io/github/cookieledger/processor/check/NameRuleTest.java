package io.github.cookieledger.processor.check;

import static io.github.cookieledger.processor.testing.Source.literal;


import com.google.testing.compile.Compilation;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.ProcessorTest;
import io.github.cookieledger.processor.testing.Source;
import io.github.cookieledger.processor.testing.TestCompiler;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC §3 rule 1: a name is an RFC 6265 token; wildcards neither adjacent nor the whole name. */
@ProcessorTest
class NameRuleTest {
  @Parameter TestCompiler compiler;

  /** Compiles one cookie named {@code name} and expects the name error, on the name's line. */
  private void expectNameError(String name, String problem) {
    String attribute = "name = " + literal(name);
    Source auth = Source.cookie(attribute);
    Compilation compilation = compiler.compile(auth);
    Expect.onlyError(compilation, auth, attribute, Message.NAME, name);
    Expect.error(compilation, auth, attribute, "\" " + problem);
  }

  @Test
  void emptyNameIsAnError() {
    expectNameError("", "is empty");
  }

  @ParameterizedTest(name = "separator {0}")
  @ValueSource(chars = {'(', ')', '<', '>', '@', ',', ';', ':', '\\', '"', '/', '[', ']', '?', '=',
      '{', '}'})
  void separatorIsAnError(char separator) {
    expectNameError("a" + separator + "b", "contains '" + separator + "' at position 2");
  }

  @Test
  void spaceIsAnError() {
    expectNameError("a b", "contains a space at position 2");
  }

  @ParameterizedTest(name = "character U+{0}")
  @ValueSource(chars = {'\t', '\u0000', '\u0007', '\u007f', 'é'})
  void controlOrNonAsciiCharacterIsAnError(char c) {
    expectNameError("ab" + c, String.format("contains the control or non-ASCII character U+%04X at"
        + " position 3", (int) c));
  }

  @Test
  void adjacentWildcardsAreAnError() {
    expectNameError("_ga_**", "has two adjacent wildcards");
  }

  @Test
  void aNameOfOnlyAWildcardIsAnError() {
    expectNameError("*", "is only a wildcard");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sessionid", "_ga_*", "_pk_id.*.*", "!#$%&'+-.^_`|~", "*_id"})
  void tokenNamesAndPatternsAreAccepted(String name) {
    // names only: the database would rightly object to _ga_* declared NECESSARY for a session
    Expect.clean(compiler.compile(List.of("cookieledger.knownCookies=off"),
        Source.cookie("name = " + literal(name) + "\nconstant = \"THE_COOKIE\"")));
  }
}
