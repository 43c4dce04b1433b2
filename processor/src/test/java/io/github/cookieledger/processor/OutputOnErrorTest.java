package io.github.cookieledger.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.Parameter;
import io.github.cookieledger.processor.testing.ProcessorTest;
import io.github.cookieledger.processor.testing.Compile;
import io.github.cookieledger.processor.testing.Compiled;
import io.github.cookieledger.processor.testing.TestCompiler;
import io.github.cookieledger.processor.testing.Source;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §3: with a rule error the registry is still generated from the well-formed declarations, so
 * code that uses it compiles and the user sees only the real problem; the documents are not
 * written.
 */
@ProcessorTest
class OutputOnErrorTest {
  @Parameter TestCompiler compiler;

  private static final Source USE = Source.of("com.example.Use",
      "package com.example;",
      "class Use {",
      "  Object sessionid = CookieRegistry.SESSIONID;",
      "  Object all = CookieRegistry.all();",
      "}");

  @Test
  void ruleErrorStillGeneratesTheRegistryButNoDocuments(@TempDir Path temp) {
    Source auth = Source.cookie("name = \"bad;name\"", "name = \"sessionid\"");
    Compiled output = compiler.compileOnDisk(temp, auth, USE);
    assertEquals(1, output.errors().size(), output::log);
    assertTrue(output.errors().get(0).startsWith("[cookie-name]"), output::log);
    assertTrue(output.source("com.example.CookieRegistry").orElseThrow()
        .contains("public static final io.github.cookieledger.CookieDefinition SESSIONID"));
    assertFalse(output.resource(Compile.JSON).isPresent(), "cookies.json written");
    assertFalse(output.resource(Compile.MARKDOWN).isPresent(), "cookie-policy.md written");
  }

  @Test
  void anErrorWhileWritingADocumentWritesNoDocuments(@TempDir Path temp) {
    // found by FuzzTest: cookies.json was written before the TCF disclosure was refused
    Compiled output = compiler.compileOnDisk(temp, List.of("-Acookieledger.formats=tcf"),
        List.of(Source.cookie("name = \"sessionid\""), USE));
    assertEquals(1, output.errors().size(), output::log);
    assertTrue(output.errors().get(0).startsWith("[cookie-tcf]"), output::log);
    assertFalse(output.resource(Compile.JSON).isPresent(), "cookies.json written");
  }

  @Test
  void anOptionErrorWritesNoDocuments(@TempDir Path temp) {
    // found by FuzzTest: the build failed on -Acookieledger.formats=pdf but wrote its policy
    Compiled output = compiler.compileOnDisk(temp,
        List.of("-Acookieledger.formats=pdf,md"), List.of(Source.cookie("name = \"sessionid\""), USE));
    assertEquals(1, output.errors().size(), output::log);
    assertTrue(output.errors().get(0).startsWith("[cookie-option]"), output::log);
    assertFalse(output.resource(Compile.JSON).isPresent(), "cookies.json written");
    assertFalse(output.resource(Compile.MARKDOWN).isPresent(), "cookie-policy.md written");
  }

  @Test
  void withoutErrorsTheDocumentsAreWritten(@TempDir Path temp) {
    Compiled output = compiler.compileOnDisk(temp, Source.cookie("name = \"sessionid\""), USE);
    assertEquals(0, output.errors().size(), output::log);
    assertTrue(output.resource(Compile.JSON).orElseThrow().contains("\"name\": \"sessionid\""));
    assertTrue(output.resource(Compile.MARKDOWN).orElseThrow().contains("`sessionid`"));
  }
}
