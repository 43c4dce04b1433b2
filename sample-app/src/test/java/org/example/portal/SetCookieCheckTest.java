package org.example.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cookieledger.Category;
import io.github.cookieledger.CookieDefinition;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the guard lets through, header by header. */
class SetCookieCheckTest {
  final SetCookieCheck site = new SetCookieCheck(CookieRegistry::find);

  @Test
  void everyDeclaredCookieSetOrDeletedThroughTheRegistryPasses() {
    for (CookieDefinition cookie : CookieRegistry.all()) {
      assertEquals(Optional.empty(), site.problem(cookie.setCookieHeader("v1")), cookie.name());
      assertEquals(Optional.empty(), site.problem(cookie.expireCookieHeader()), cookie.name());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "tracker=1; Path=/",
    "tracker",
    "=x; Path=/",
    "SessionId=x; Path=/; Secure; HttpOnly; SameSite=Lax",
  })
  void undeclaredNamesAreRefused(String header) {
    assertTrue(site.problem(header).orElseThrow().startsWith("undeclared cookie '"),
        () -> site.problem(header).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "sessionid=x",
    "sessionid=x; Path=/",
    "sessionid=x; Path=/; Secure; HttpOnly",
    "sessionid=x; Path=/; Secure; HttpOnly; SameSite=None",
    "sessionid=x; Path=/; Max-Age=60; Secure; HttpOnly; SameSite=Lax",
    "sessionid=x; Path=/; Domain=example.org; Secure; HttpOnly; SameSite=Lax",
    "sessionid=x; Path=/admin; Secure; HttpOnly; SameSite=Lax",
    "sessionid=a b; Path=/; Secure; HttpOnly; SameSite=Lax",
  })
  void declaredNamesWithOtherAttributesOrBadValuesAreRefused(String header) {
    assertTrue(site.problem(header).orElseThrow().startsWith("cookie 'sessionid' "),
        () -> site.problem(header).toString());
  }

  @Test
  void patternsAreCheckedForTheConcreteName() {
    CookieDefinition pattern = CookieDefinition.builder("_pk_id.*").provider("Matomo")
        .purpose("p").category(Category.STATISTICS).duration("P13M").build();
    SetCookieCheck check = new SetCookieCheck(name -> pattern.matches(name)
        ? Optional.of(pattern) : Optional.empty());
    assertEquals(Optional.empty(), check.problem(pattern.setCookieHeader("_pk_id.1.abcd", "x")));
    assertEquals(Optional.empty(), check.problem(pattern.expireCookieHeader("_pk_id.1.abcd")));
    assertTrue(check.problem("_pk_ses.1=x; Path=/").isPresent());
  }

  @Test
  void theFirstProblemOfSeveralHeadersIsReported() {
    assertEquals(Optional.empty(), site.problem((List<String>) null));
    assertEquals(Optional.empty(), site.problem(List.of()));
    Optional<String> problem = site.problem(Arrays.asList(
        CookieRegistry.SESSIONID.setCookieHeader("ok"), "a=1", "b=2"));
    assertTrue(problem.orElseThrow().startsWith("undeclared cookie 'a'"), problem.toString());
  }
}
