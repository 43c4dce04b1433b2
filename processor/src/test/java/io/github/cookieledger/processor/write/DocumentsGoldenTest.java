package io.github.cookieledger.processor.write;

import static io.github.cookieledger.processor.write.DocumentFixture.assertGolden;
import static io.github.cookieledger.processor.write.DocumentFixture.assertNoErrors;
import static io.github.cookieledger.processor.write.DocumentFixture.compile;
import static io.github.cookieledger.processor.write.DocumentFixture.documents;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cookieledger.processor.testing.Source;
import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every document of the fixture, in every format and in French, against its golden file. */
class DocumentsGoldenTest {
  private static final String[] ALL = {
    "cookieledger.formats=md,html,csv,tcf,fides",
    "cookieledger.translations="
        + DocumentFixture.resourcePath("documents/translations/complete")
  };

  @Test
  void everyDocumentMatchesItsGoldenFile() {
    Compilation compilation = compile(ALL);
    assertNoErrors(compilation);
    TreeMap<String, String> documents = documents(compilation);
    assertEquals(List.of("cookie-policy.csv", "cookie-policy.fragment.html", "cookie-policy.html",
        "cookie-policy.md", "cookie-policy_fr.fragment.html", "cookie-policy_fr.html",
        "cookie-policy_fr.md", "cookies.json", "device-storage-disclosure.json",
        "fides-system.yml"),
        new ArrayList<>(documents.keySet()));
    documents.forEach(DocumentFixture::assertGolden);
  }

  @Test
  void everyDocumentIsByteIdenticalWhateverTheSourceOrder() {
    Map<String, String> first = documents(compile(ALL));
    List<Source> reversed = new ArrayList<>(DocumentFixture.sources());
    Collections.reverse(reversed);
    Map<String, String> second = documents(DocumentFixture.compile(reversed, ALL));
    assertEquals(first, second);
  }

  @Test
  void theDefaultFormatsAreMarkdownHtmlAndCsv() {
    Compilation compilation = compile();
    assertNoErrors(compilation);
    assertEquals(List.of("cookie-policy.csv", "cookie-policy.fragment.html", "cookie-policy.html",
        "cookie-policy.md", "cookies.json"), new ArrayList<>(documents(compilation).keySet()));
  }

  @Test
  void onlyTheChosenFormatsAreWrittenBesidesCookiesJson() {
    Compilation compilation = compile("cookieledger.formats=tcf , CSV");
    assertNoErrors(compilation);
    assertEquals(List.of("cookie-policy.csv", "cookies.json", "device-storage-disclosure.json"),
        new ArrayList<>(documents(compilation).keySet()));
  }

  @Test
  void anEmptyFormatsOptionWritesOnlyCookiesJson() {
    for (String option : new String[] {"cookieledger.formats", "cookieledger.formats="}) {
      Compilation compilation = compile(option);
      assertNoErrors(compilation);
      assertEquals(List.of("cookies.json"), new ArrayList<>(documents(compilation).keySet()));
    }
  }

  @Test
  void anUnknownFormatIsAnErrorListingTheValidOnes() {
    Compilation compilation = compile("cookieledger.formats=md,pdf");
    List<String> errors = DocumentFixture.messages(compilation, javax.tools.Diagnostic.Kind.ERROR);
    assertEquals(1, errors.size(), errors.toString());
    String error = errors.get(0);
    org.junit.jupiter.api.Assertions.assertTrue(error.contains("\"pdf\"")
        && error.contains("md, html, csv, tcf"), error);
  }
}
