package io.github.cookieledger.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonParserFactory;

/**
 * The starter's jar carries the metadata Spring Boot's configuration processor generated, so an
 * IDE completes and documents {@code cookieledger.*} in {@code application.properties}.
 */
class ConfigurationMetadataTest {
  static final String METADATA = "META-INF/spring-configuration-metadata.json";

  @Test
  void everyPropertyHasItsTypeDefaultAndDescription() throws IOException {
    Map<String, Map<String, Object>> properties = cookieledgerProperties();
    assertThat(properties).containsOnlyKeys("cookieledger.enabled", "cookieledger.registry",
        "cookieledger.undeclared", "cookieledger.consent-path");

    assertThat(properties.get("cookieledger.enabled"))
        .containsEntry("type", "java.lang.Boolean").containsEntry("defaultValue", true);
    assertThat(properties.get("cookieledger.registry"))
        .containsEntry("type", "java.lang.String").doesNotContainKey("defaultValue");
    assertThat(properties.get("cookieledger.undeclared"))
        .containsEntry("type", "io.github.cookieledger.servlet.Undeclared")
        .containsEntry("defaultValue", "block");
    assertThat(properties.get("cookieledger.consent-path"))
        .containsEntry("type", "java.lang.String")
        .containsEntry("defaultValue", "/cookieledger/consent");
    for (Map<String, Object> property : properties.values()) {
      assertThat(property).containsEntry("sourceType", CookieLedgerProperties.class.getName());
      assertThat((String) property.get("description")).as(property.get("name").toString())
          .hasSizeGreaterThan(40).endsWith(".");
    }
    assertThat((String) properties.get("cookieledger.undeclared").get("description"))
        .contains("block drops the cookie").contains("fail answers the request with 500")
        .contains("report lets it through");
  }

  @Test
  void theAutoConfigurationIsListedWithItsConditions() throws IOException {
    var loader = ConfigurationMetadataTest.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(
        "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
          .isEqualTo(CookieLedgerAutoConfiguration.class.getName());
    }
    // Written by spring-boot-autoconfigure-processor: Spring Boot checks the condition without
    // loading the class.
    Properties conditions = new Properties();
    try (InputStream in = loader.getResourceAsStream(
        "META-INF/spring-autoconfigure-metadata.properties")) {
      conditions.load(in);
    }
    assertThat(conditions.getProperty(
        CookieLedgerAutoConfiguration.class.getName() + ".ConditionalOnClass"))
        .isEqualTo("io.github.cookieledger.servlet.CookieLedgerFilter");
  }

  /** @return the cookieledger properties of the metadata files on the class path, by name */
  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> cookieledgerProperties() throws IOException {
    Map<String, Map<String, Object>> found = new TreeMap<>();
    List<URL> files = Collections.list(
        ConfigurationMetadataTest.class.getClassLoader().getResources(METADATA));
    for (URL file : files) {
      try (InputStream in = file.openStream()) {
        Map<String, Object> metadata = JsonParserFactory.getJsonParser()
            .parseMap(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        for (Object entry : (List<Object>) metadata.getOrDefault("properties", List.of())) {
          Map<String, Object> property = (Map<String, Object>) entry;
          if (property.get("name").toString().startsWith("cookieledger.")) {
            found.put(property.get("name").toString(), property);
          }
        }
      }
    }
    return found;
  }
}
