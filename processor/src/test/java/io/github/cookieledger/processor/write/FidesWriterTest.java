package io.github.cookieledger.processor.write;

import static io.github.cookieledger.processor.write.DocumentFixture.assertNoErrors;
import static io.github.cookieledger.processor.write.DocumentFixture.compile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.github.cookieledger.Category;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** {@code fides-system.yml}: a fideslang system manifest with the cookies by data use. */
class FidesWriterTest {

  @Test
  void theManifestIsAValidFideslangSystem() {
    Object manifest = load(fides());
    assertEquals(List.of(), FidesManifestModel.violations(manifest));
  }

  @Test
  void eachCategoryIsOnePrivacyDeclarationWithItsCookies() {
    Map<?, ?> system = (Map<?, ?>) ((List<?>) ((Map<?, ?>) load(fides())).get("system")).get(0);
    List<?> declarations = (List<?>) system.get("privacy_declarations");
    Map<String, Object> uses = new java.util.LinkedHashMap<>();
    for (Object declaration : declarations) {
      Map<?, ?> d = (Map<?, ?>) declaration;
      uses.put((String) d.get("data_use"), ((List<?>) d.get("cookies")).stream()
          .map(cookie -> ((Map<?, ?>) cookie).get("name")).toList());
    }
    List<?> necessary = (List<?>) uses.get("essential.service");
    assertTrue(necessary.contains("sessionid"), uses::toString);
    List<?> statistics = (List<?>) uses.get("analytics.reporting");
    assertTrue(statistics.contains("_pk_id.*.*"), uses::toString);
    int declared = ((List<?>) system.get("cookies")).size();
    assertEquals(DocumentFixture.NAMES.size(), declared);
    assertEquals(declared, uses.values().stream().mapToInt(c -> ((List<?>) c).size()).sum());
  }

  @Test
  void everyCategoryMapsToADataUseOfTheDefaultTaxonomy() {
    for (Category category : Category.values()) {
      assertTrue(FidesManifestModel.DATA_USES.contains(FidesWriter.DATA_USES.get(category)),
          category::name);
    }
    assertEquals(Map.of(Category.NECESSARY, "essential.service",
        Category.FUNCTIONAL, "functional.storage", Category.STATISTICS, "analytics.reporting",
        Category.MARKETING, "marketing.advertising"), FidesWriter.DATA_USES);
  }

  @Test
  void theModelCatchesWhatIsWrong() {
    Object broken = load("system:\n- fides_key: has space\n  privacy_declarations:\n"
        + "  - data_use: marketing.everything\n    data_categories: [user.device.cookie_id]\n"
        + "    cookies:\n    - path: /\n    colour: red\n");
    assertEquals(List.of(
        "system[0] lacks the required field \"system_type\"",
        "system[0].fides_key \"has space\" is not a FidesKey",
        "system[0].system_type is not a string",
        "system[0].privacy_declarations[0] has the field \"colour\", which the model does not have",
        "system[0].privacy_declarations[0].data_use \"marketing.everything\" is not in the default"
            + " taxonomy",
        "system[0].privacy_declarations[0].cookies[0] lacks the required field \"name\"",
        "system[0].privacy_declarations[0].cookies[0].name is not a string"),
        FidesManifestModel.violations(broken));
  }

  private static String fides() {
    Compilation compilation = compile("cookieledger.formats=fides");
    assertNoErrors(compilation);
    return DocumentFixture.require(compilation, Documents.FIDES);
  }

  private static Object load(String yaml) {
    return new Load(LoadSettings.builder().build()).loadFromString(yaml);
  }
}
