package io.github.cookieledger.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.Parameter;
import io.github.cookieledger.processor.testing.TestCompiler;
import io.github.cookieledger.processor.testing.ProcessorTest;
import com.google.testing.compile.Compilation;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.Compile;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code partitioned} (CHIPS): requires {@code secure}, shows in the outputs, counts for
 * duplicates.
 */
@ProcessorTest
class PartitionedRuleTest {
  @Parameter TestCompiler compiler;


  @Test
  void partitionedWithoutSecureIsAnErrorAtSecure() {
    Source auth = Source.cookie("name = \"widget\"\npartitioned = true\nsecure = false");
    Expect.onlyError(compiler.compile(auth), auth, "secure = false",
        Message.PARTITIONED_NOT_SECURE, "widget");
  }

  @Test
  void partitionedSecureIsAcceptedAndListedInCookiesJsonAndTheCsv() {
    Compilation compilation = compiler.compile(List.of("cookieledger.formats=csv"), Source.cookie(
        "name = \"widget\"\npartitioned = true\nsameSite = SameSite.NONE"));
    Expect.clean(compilation);
    String json = Compile.resource(compilation, Compile.JSON).orElseThrow();
    assertTrue(json.contains("\"sameSite\": \"NONE\",\n      \"partitioned\": true,"), json);
    String csv = Compile.resource(compilation, "META-INF/cookies/cookie-policy.csv").orElseThrow();
    assertTrue(csv.startsWith("name,pattern,constant,provider,function,purpose,category,party,"
        + "duration,maxAgeSeconds,domain,path,secure,httpOnly,sameSite,partitioned,"), csv);
    assertTrue(csv.contains(",NONE,true,"), csv);
  }

  @Test
  void aDifferenceInPartitionedIsADuplicate() {
    Source login = Source.cookies("com.example.Login", "name = \"widget\"\npartitioned = true");
    Source api = Source.cookies("com.example.Api", "name = \"widget\"");
    Compilation compilation = compiler.compile(login, api);
    assertThat(compilation).hadErrorCount(2);
    Expect.error(compilation, login, "partitioned = true", Message.DUPLICATE, "widget",
        "com.example.Api#set()", "partitioned", "false", "true");
  }
}
