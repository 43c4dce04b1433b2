package io.github.cookieledger.spring.boot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.boot.json.JsonParserFactory;

/**
 * What the starter needs from one {@code META-INF/cookies/cookies.json}: which registry the build
 * generated with it, and which library registries that registry includes.
 *
 * @param location where the file was found, for messages
 * @param registry the registry's qualified class name
 * @param includes the qualified names of the library registries it includes
 */
record PolicyFile(String location, String registry, List<String> includes) {
  static final String PATH = "META-INF/cookies/cookies.json";

  /**
   * @throws CookieLedgerStartupException when the file is not a policy cookieledger wrote
   */
  static PolicyFile read(URL url) {
    String text;
    try (InputStream in = url.openStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw unreadable(url, "cannot be read (" + e.getMessage() + ")", e);
    }
    Map<String, Object> root;
    try {
      // Spring Boot's own parser: Jackson or Gson when the application has one, else its own.
      root = JsonParserFactory.getJsonParser().parseMap(text);
    } catch (IllegalArgumentException e) { // JsonParseException included
      throw unreadable(url, "is not JSON", e);
    }
    if (!(root.get("registry") instanceof String registry) || registry.isBlank()) {
      throw unreadable(url, "has no \"registry\" field", null);
    }
    List<String> includes = root.get("includes") instanceof List<?> list
        ? list.stream().filter(String.class::isInstance).map(String.class::cast).toList()
        : List.of();
    return new PolicyFile(url.toString(), registry, includes);
  }

  private static CookieLedgerStartupException unreadable(URL url, String problem, Throwable cause) {
    return new CookieLedgerStartupException(
        RegistryLocator.PROPERTY,
        "not set, and " + url + " " + problem + ", so the registry cannot be found from it",
        "rebuild the module that holds this file with cookieledger, or set "
            + RegistryLocator.PROPERTY + " to the qualified name of your generated registry",
        cause);
  }
}
