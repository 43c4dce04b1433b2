package org.example.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cookieledger.Category;
import io.github.cookieledger.Consent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shaded jar, started the way the README starts it: nothing but the jar and a JDK. */
class PackagedJarIT {
  static final Path JAR = Paths.get(System.getProperty("sample.jar",
      "target/cookieledger-sample-app.jar"));
  static final String JAVA = Paths.get(System.getProperty("java.home"), "bin", "java").toString();

  @Test
  void theJarHoldsTheSiteItsOnlyDependencyAndThePolicy() throws IOException {
    assertTrue(Files.isRegularFile(JAR), JAR + " missing: run mvn package");
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertEquals("org.example.portal.PortalMain",
          jar.getManifest().getMainAttributes().getValue("Main-Class"));
      List<String> names = Collections.list(jar.entries()).stream()
          .map(e -> e.getName()).filter(n -> n.endsWith(".class")).collect(Collectors.toList());
      assertTrue(names.contains("org/example/portal/CookieRegistry.class"));
      assertTrue(names.contains("io/github/cookieledger/CookieDefinition.class"));
      List<String> others = names.stream()
          .filter(n -> !n.startsWith("org/example/portal/"))
          .filter(n -> !n.startsWith("io/github/cookieledger/")
              || n.startsWith("io/github/cookieledger/processor/"))
          .collect(Collectors.toList());
      assertEquals(List.of(), others, "only the site and cookieledger-annotations");
      for (String document : List.of("cookies.json", "cookie-policy.md", "cookie-policy.html",
          "cookie-policy.fragment.html", "cookie-policy.csv", "cookie-policy_fr.fragment.html")) {
        assertNotNull(jar.getEntry("META-INF/cookies/" + document), document);
      }
    }
  }

  @Test
  void javaDashJarStartsTheSite() throws Exception {
    Process site = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "--port", "0")
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    try {
      BufferedReader out = new BufferedReader(
          new InputStreamReader(site.getInputStream(), StandardCharsets.UTF_8));
      String line = CompletableFuture.supplyAsync(() -> {
        try {
          return out.readLine();
        } catch (IOException e) {
          return "read failed: " + e;
        }
      }).get(60, TimeUnit.SECONDS);
      Matcher listening = Pattern.compile("Listening on http://localhost:(\\d+)/").matcher(line);
      assertTrue(listening.matches(), line);
      URI base = URI.create("http://localhost:" + listening.group(1));

      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> policy = http.send(
          HttpRequest.newBuilder(base.resolve("/cookie-policy")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, policy.statusCode());
      for (Seed.Row row : Seed.ROWS) {
        assertTrue(policy.body().contains(row.name), row.name);
      }
      HttpResponse<String> home = http.send(HttpRequest.newBuilder(base.resolve("/"))
              .header("Cookie", "cookies_preferences="
                  + Consent.of(Category.STATISTICS).format(CookieRegistry.REVISION)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, home.statusCode());
      assertTrue(home.headers().allValues("Set-Cookie").stream()
          .anyMatch(h -> h.startsWith("visit_count=1;")), home.headers().toString());
    } finally {
      site.destroy();
      assertTrue(site.waitFor(30, TimeUnit.SECONDS));
    }
  }

  @Test
  void aBadPortIsAUsageError() throws Exception {
    Process site = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "--port", "http")
        .redirectErrorStream(true)
        .start();
    String output = new String(site.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(site.waitFor(60, TimeUnit.SECONDS));
    assertEquals(2, site.exitValue());
    assertTrue(output.contains("usage: java -jar cookieledger-sample-app.jar [--port N]"), output);
    assertFalse(output.contains("Exception"), output);
  }
}
