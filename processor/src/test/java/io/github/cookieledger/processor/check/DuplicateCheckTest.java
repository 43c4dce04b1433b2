package io.github.cookieledger.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.testing.compile.Compilation;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.Compile;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.ProcessorTest;
import io.github.cookieledger.processor.testing.Source;
import io.github.cookieledger.processor.testing.TestCompiler;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * SPEC §3 rule 8: one name declared several times merges when every attribute is equal; otherwise
 * each declaration gets an error naming the other.
 */
@ProcessorTest
class DuplicateCheckTest {
  @Parameter TestCompiler compiler;

  @Test
  void differentAttributesAreAnErrorOnEachDeclarationNamingTheOther() {
    Source login = Source.cookies("com.example.Login", "name = \"sessionid\"\npurpose = \"To remember the user\"");
    Source api = Source.cookies("com.example.Api", "name = \"sessionid\"\npurpose = \"To call the API\"");
    Compilation compilation = compiler.compile(login, api);
    assertThat(compilation).hadErrorCount(2);
    Expect.error(compilation, login, "purpose = ", Message.DUPLICATE, "sessionid",
        "com.example.Api#set()", "purpose", "\"To call the API\"", "\"To remember the user\"");
    Expect.error(compilation, api, "purpose = ", Message.DUPLICATE, "sessionid",
        "com.example.Login#set()", "purpose", "\"To remember the user\"", "\"To call the API\"");
  }

  @Test
  void aDifferenceInAnotherAttributeIsNamed() {
    Source login = Source.cookies("com.example.Login", "name = \"sessionid\"\nhttpOnly = false");
    Source api = Source.cookies("com.example.Api", "name = \"sessionid\"\nhttpOnly = true");
    Compilation compilation = compiler.compile(login, api);
    assertThat(compilation).hadErrorCount(2);
    Expect.error(compilation, login, "httpOnly = ", Message.DUPLICATE, "sessionid",
        "com.example.Api#set()", "httpOnly", true, false);
    Expect.error(compilation, api, "httpOnly = ", Message.DUPLICATE, "sessionid",
        "com.example.Login#set()", "httpOnly", false, true);
  }

  @Test
  void equalDeclarationsMergeAndListEveryDeclaringElement() {
    String cookie = "name = \"sessionid\"\nfunction = \"Authentication (front and back office)\"";
    Source pkg = Source.of("com.example.package-info",
        "@Cookie(" + attributes(cookie) + ")",
        "package com.example;",
        "import io.github.cookieledger.*;");
    Source auth = Source.of("com.example.Auth",
        "package com.example;",
        "import io.github.cookieledger.*;",
        "import java.util.List;",
        "@Cookie(" + attributes(cookie) + ")",
        "public class Auth<T extends Number> {",
        "  @Cookie(" + attributes(cookie) + ")",
        "  String field;",
        "  @Cookie(" + attributes(cookie) + ")",
        "  Auth(String... names) {}",
        "  @Cookie(" + attributes(cookie) + ")",
        "  void login(List<String> users, int[] ids, T value, Inner inner) {}",
        "  @Cookie(" + attributes(cookie) + ")",
        "  static class Inner {}",
        "}");
    Compilation compilation = compiler.compile(pkg, auth);
    Expect.clean(compilation);
    JsonArray cookies = JsonParser.parseString(Compile.resource(compilation, Compile.JSON)
        .orElseThrow()).getAsJsonObject().getAsJsonArray("cookies");
    assertEquals(1, cookies.size());
    JsonObject sessionid = cookies.get(0).getAsJsonObject();
    assertEquals(List.of(
            "com.example",
            "com.example.Auth",
            "com.example.Auth#<init>(java.lang.String[])",
            "com.example.Auth#field",
            "com.example.Auth#login(java.util.List,int[],java.lang.Number,com.example.Auth.Inner)",
            "com.example.Auth.Inner"),
        sessionid.getAsJsonArray("declaredBy").asList().stream()
            .map(e -> e.getAsString()).toList());
  }

  /** The attributes of {@link Source#cookie} on one line. */
  private String attributes(String cookie) {
    String text = Source.cookie(cookie).text();
    return text.substring(text.indexOf("@Cookie(") + 8, text.indexOf(")\n  public void set"))
        .lines().map(String::strip).reduce((a, b) -> a + " " + b).orElseThrow();
  }
}
