package io.github.cookieledger.processor.storage;

import static io.github.cookieledger.processor.write.DocumentFixture.assertNoErrors;
import static io.github.cookieledger.processor.write.DocumentFixture.documents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cookieledger.processor.testing.Source;
import com.google.testing.compile.Compilation;
import io.github.cookieledger.processor.testing.Compile;
import io.github.cookieledger.processor.testing.Golden;
import io.github.cookieledger.processor.write.DocumentFixture;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** The shop's registry and every document, web storage included, against golden files. */
class StorageGoldenTest {

  @Test
  void theRegistryAndEveryDocumentMatchTheirGoldenFiles() {
    Compilation compilation = StorageFixture.compile(StorageFixture.ALL);
    assertNoErrors(compilation);
    Golden.assertMatches("storage/ShopCookies.java",
        Compile.generatedSource(compilation, "org.example.shop.ShopCookies"));
    Golden.assertMatches("storage/ShopCookies_Table.java",
        Compile.generatedSource(compilation, "org.example.shop.ShopCookies_Table"));
    documents(compilation).forEach((name, text) -> Golden.assertMatches("storage/" + name, text));
  }

  @Test
  void everyDocumentIsByteIdenticalWhateverTheSourceOrder() {
    Map<String, String> first = documents(StorageFixture.compile(StorageFixture.ALL));
    List<Source> reversed = new ArrayList<>(StorageFixture.sources());
    Collections.reverse(reversed);
    assertEquals(first, documents(DocumentFixture.compile(reversed, StorageFixture.ALL)));
  }

  @Test
  void theFrenchTranslationCoversEveryStorageEntryWithoutWarnings() {
    Compilation compilation = StorageFixture.compile(StorageFixture.ALL);
    List<String> warnings = DocumentFixture.messages(compilation, Diagnostic.Kind.WARNING);
    assertTrue(warnings.stream().noneMatch(w -> w.contains("[cookie-translation]")),
        warnings.toString());
    String french = DocumentFixture.require(compilation, "cookie-policy_fr.md");
    assertTrue(french.contains("| stockage local | Shop | Affichage | `theme` | Mémoriser le thème"
        + " choisi | jusqu'à sa suppression |"), french);
  }
}
