package org.example.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10.9: another site cannot make a visitor's browser change anything here. Each
 * state-changing endpoint is posted as a browser posts from another site (by {@code
 * Sec-Fetch-Site}, or only by {@code Origin}) and as it posts from the site's own form.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossSiteRequestTest {
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private PortalServer server;

  @BeforeAll
  void start() throws Exception {
    server = PortalServer.start(0);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @ParameterizedTest
  @CsvSource({
    "/consent, accept=all, Sec-Fetch-Site, cross-site",
    "/consent, accept=all, Sec-Fetch-Site, same-site",
    "/consent, accept=all, Origin, https://evil.example",
    "/consent, accept=all, Origin, null",
    "/login, username=mallory, Sec-Fetch-Site, cross-site",
    "/login, username=mallory, Origin, https://evil.example",
    "/login, username=mallory, Origin, http://localhost.evil.example",
    "/logout, csrfmiddlewaretoken=x, Sec-Fetch-Site, cross-site",
    "/logout, csrfmiddlewaretoken=x, Origin, https://evil.example",
    "/language, lang=fr, Origin, https://evil.example",
  })
  void aRequestFromAnotherSiteIsRefusedAndSetsNoCookie(String path, String form, String header,
      String value) throws Exception {
    HttpResponse<String> response = post(path, form, header, value);

    assertEquals(403, response.statusCode(), response.body());
    assertEquals(List.of(), response.headers().allValues("Set-Cookie"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"same-origin", "none"})
  void theSitesOwnFormsStillWork(String fetchSite) throws Exception {
    HttpResponse<String> consent =
        post("/consent", "accept=all", "Sec-Fetch-Site", fetchSite);
    assertEquals(303, consent.statusCode());
    assertTrue(consent.headers().allValues("Set-Cookie").stream()
        .anyMatch(cookie -> cookie.startsWith("cookies_preferences=")));

    HttpResponse<String> login = post("/login", "username=alice", "Sec-Fetch-Site", fetchSite);
    assertEquals(303, login.statusCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/consent", "/login", "/logout"})
  void anOriginNamingTheSiteItselfIsAccepted(String path) throws Exception {
    String form = path.equals("/consent") ? "accept=necessary" : "username=carol";
    HttpResponse<String> response =
        post(path, form, "Origin", "http://localhost:" + server.port());

    // /logout still wants its token: refused by its own check, with its own message
    assertNotEquals(path.equals("/logout") ? 0 : 403, response.statusCode());
    if (path.equals("/logout")) {
      assertTrue(response.body().contains("CSRF check failed"), response.body());
    }
  }

  private HttpResponse<String> post(String path, String form, String header, String value)
      throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
        .timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header(header, value)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
