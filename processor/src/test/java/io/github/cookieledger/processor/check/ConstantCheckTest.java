package io.github.cookieledger.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.github.cookieledger.processor.testing.Compile;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC §3 rule 9: registry constants are unique valid Java identifiers, not {@code _} and not
 * {@code REVISION}; a clash suggests {@code constant = "..."}.
 */
class ConstantCheckTest {

  @Test
  void derivedConstantClashIsAnErrorOnBothSuggestingAnExplicitConstant() {
    Source auth = Source.cookie("name = \"my-cookie\"", "name = \"my.cookie\"");
    Compilation compilation = Compile.sources(auth);
    assertThat(compilation).hadErrorCount(2);
    Expect.error(compilation, auth, "name = \"my-cookie\"",
        "[cookie-constant] cookie \"my-cookie\": its registry constant MY_COOKIE is also the"
            + " constant of cookie \"my.cookie\". Set constant = \"...\" on one of them, e.g."
            + " constant = \"");
    Expect.error(compilation, auth, "name = \"my.cookie\"",
        "[cookie-constant] cookie \"my.cookie\": its registry constant MY_COOKIE is also the"
            + " constant of cookie \"my-cookie\"");
  }

  @Test
  void explicitConstantClashIsReportedOnTheConstants() {
    Source analytics = Source.cookies("com.example.Analytics", "name = \"_ga\"\nconstant = \"GA\"");
    Source tags = Source.cookies("com.example.Tags", "name = \"_ga_*\"\nconstant = \"GA\"");
    Compilation compilation = Compile.sources(analytics, tags);
    assertThat(compilation).hadErrorCount(2);
    Expect.error(compilation, analytics, "constant = \"GA\"", "[cookie-constant] cookie \"_ga\":"
        + " its registry constant GA is also the constant of cookie \"_ga_*\"");
    Expect.error(compilation, tags, "constant = \"GA\"", "[cookie-constant] cookie \"_ga_*\":"
        + " its registry constant GA is also the constant of cookie \"_ga\"");
  }

  @ParameterizedTest(name = "constant = \"{0}\"")
  @ValueSource(strings = {"1abc", "my-constant", "class", "a b", "GA*"})
  void explicitConstantThatIsNoIdentifierIsAnError(String constant) {
    Source auth = Source.cookie("name = \"_ga\"\nconstant = \"" + constant + "\"");
    Expect.onlyError(Compile.sources(auth), auth, "constant = ", "[cookie-constant] cookie \"_ga\":"
        + " the registry constant \"" + constant + "\" is not a Java identifier. Set constant ="
        + " \"...\" to a Java identifier");
  }

  @ParameterizedTest(name = "constant = \"{0}\"")
  @ValueSource(strings = {"_", "REVISION"})
  void reservedConstantIsAnError(String constant) {
    Source auth = Source.cookie("name = \"_ga\"\nconstant = \"" + constant + "\"");
    Expect.onlyError(Compile.sources(auth), auth, "constant = ", "[cookie-constant] cookie \"_ga\":"
        + " the registry constant \"" + constant + "\" is reserved in the registry");
  }

  @ParameterizedTest(name = "name = \"{0}\"")
  @ValueSource(strings = {"revision", "_", "-"})
  void nameWhoseDerivedConstantIsReservedIsAnErrorOnTheName(String name) {
    Source auth = Source.cookie("name = \"" + name + "\"");
    Expect.onlyError(Compile.sources(auth), auth, "name = ", "[cookie-constant] cookie \"" + name
        + "\": the registry constant \"");
    Expect.error(Compile.sources(auth), auth, "name = ", "is reserved in the registry");
  }

  @Test
  void explicitConstantAvoidsTheClash() {
    Expect.clean(Compile.sources(Source.cookie("name = \"my-cookie\"",
        "name = \"my.cookie\"\nconstant = \"MY_DOTTED_COOKIE\"")));
  }
}
