package io.github.cookieledger.processor.scan;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.Compile;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.Source;
import org.junit.jupiter.api.Test;

/**
 * Issue 10.5: {@code @Cookie} on a local class or on a member of an anonymous class is invisible
 * to annotation processing; under javac it is an error at the annotation, never silently lost.
 */
class UnseenDeclarationsTest {
  private static final Source HIDDEN = Source.of("com.example.Hidden",
      "package com.example;",
      "import io.github.cookieledger.*;",
      "public class Hidden {",
      "  @Cookie(name = \"seen\", provider = \"p\", purpose = \"q\", category = Category.NECESSARY)",
      "  void seen() {}",
      "  void method() {",
      "    @Cookie(name = \"local\", provider = \"p\", purpose = \"q\", category = Category.NECESSARY)",
      "    class Local {",
      "      @Cookie(name = \"inner\", provider = \"p\", purpose = \"q\", category = Category.NECESSARY)",
      "      void set() {}",
      "    }",
      "    Runnable r = new Runnable() {",
      "      @Cookie(name = \"anon\", provider = \"p\", purpose = \"q\", category = Category.NECESSARY)",
      "      public void run() {}",
      "    };",
      "  }",
      "  static class Member {",
      "    @Cookie(name = \"member\", provider = \"p\", purpose = \"q\", category = Category.NECESSARY)",
      "    void set() {}",
      "  }",
      "}");

  @Test
  void everyHiddenCookieIsAnErrorAtItsAnnotation() {
    Compilation compilation = Compile.sources(HIDDEN);

    assertThat(compilation).hadErrorCount(3);
    Expect.error(compilation, HIDDEN, "name = \"local\"", Message.UNSEEN_DECLARATION,
        "the local class Local");
    Expect.error(compilation, HIDDEN, "name = \"inner\"", Message.UNSEEN_DECLARATION,
        "the local class Local");
    Expect.error(compilation, HIDDEN, "name = \"anon\"", Message.UNSEEN_DECLARATION,
        "an anonymous class");
  }
}
