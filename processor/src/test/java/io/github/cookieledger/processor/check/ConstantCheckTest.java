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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC §3 rule 9: registry constants are unique valid Java identifiers, not {@code _} and not
 * {@code REVISION}; a clash suggests {@code constant = "..."}.
 */
@ProcessorTest
class ConstantCheckTest {
  @Parameter TestCompiler compiler;

  @Test
  void derivedConstantClashIsAnErrorOnBothSuggestingAnExplicitConstant() {
    Source auth = Source.cookie("name = \"my-cookie\"", "name = \"my.cookie\"");
    Compilation compilation = compiler.compile(auth);
    assertThat(compilation).hadErrorCount(2);
    Expect.error(compilation, auth, "name = \"my-cookie\"", Message.CONSTANT_CLASH,
        "my-cookie", "MY_COOKIE", "my.cookie");
    Expect.error(compilation, auth, "name = \"my.cookie\"", Message.CONSTANT_CLASH,
        "my.cookie", "MY_COOKIE", "my-cookie");
  }

  @Test
  void explicitConstantClashIsReportedOnTheConstants() {
    Source analytics = Source.cookies("com.example.Analytics", "name = \"_ga\"\nconstant = \"GA\"");
    Source tags = Source.cookies("com.example.Tags", "name = \"_ga_*\"\nconstant = \"GA\"");
    Compilation compilation = compiler.compile(analytics, tags);
    assertThat(compilation).hadErrorCount(2);
    Expect.error(compilation, analytics, "constant = \"GA\"", Message.CONSTANT_CLASH,
        "_ga", "GA", "_ga_*");
    Expect.error(compilation, tags, "constant = \"GA\"", Message.CONSTANT_CLASH,
        "_ga_*", "GA", "_ga");
  }

  @ParameterizedTest(name = "constant = \"{0}\"")
  @ValueSource(strings = {"1abc", "my-constant", "class", "a b", "GA*"})
  void explicitConstantThatIsNoIdentifierIsAnError(String constant) {
    Source auth = Source.cookie("name = \"_ga\"\nconstant = \"" + constant + "\"");
    Expect.onlyError(compiler.compile(auth), auth, "constant = ", Message.CONSTANT_INVALID,
        "_ga", constant);
  }

  @ParameterizedTest(name = "constant = \"{0}\"")
  @ValueSource(strings = {"_", "REVISION"})
  void reservedConstantIsAnError(String constant) {
    Source auth = Source.cookie("name = \"_ga\"\nconstant = \"" + constant + "\"");
    Expect.onlyError(compiler.compile(auth), auth, "constant = ", Message.CONSTANT_RESERVED,
        "_ga", constant);
  }

  @ParameterizedTest(name = "name = \"{0}\"")
  @ValueSource(strings = {"revision", "_", "-"})
  void nameWhoseDerivedConstantIsReservedIsAnErrorOnTheName(String name) {
    Source auth = Source.cookie("name = \"" + name + "\"");
    Expect.onlyError(compiler.compile(auth), auth, "name = ", Message.CONSTANT_RESERVED, name);
  }

  @Test
  void explicitConstantAvoidsTheClash() {
    Expect.clean(compiler.compile(Source.cookie("name = \"my-cookie\"",
        "name = \"my.cookie\"\nconstant = \"MY_DOTTED_COOKIE\"")));
  }
}
