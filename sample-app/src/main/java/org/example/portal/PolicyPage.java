package org.example.portal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.cookieledger.Consent;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code GET /cookie-policy}: the seed's explanation of cookies, then the generated tables, then
 * the visitor's choice, which they can change here at any time.
 */
final class PolicyPage implements HttpHandler {
  private final PolicyResources policy;

  PolicyPage(PolicyResources policy) {
    this.policy = policy;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    RequestCookies cookies = RequestCookies.of(exchange);
    Language language = Language.of(cookies);
    Texts texts = Texts.of(language);
    Optional<Consent> chosen = ConsentCookie.read(cookies);
    String main = "<article id=\"policy\">\n"
        + Texts.resource("policy-intro", "html", language)
        + "<div id=\"cookie-tables\">\n" + policy.fragment(language) + "\n</div>\n"
        + "</article>\n"
        + "<section id=\"settings\">\n<h2>" + Html.escape(texts.get("settings.title")) + "</h2>\n"
        + "<p>" + Html.escape(chosen.isPresent()
            ? texts.get("settings.chosen") : texts.get("settings.none")) + "</p>\n"
        + ConsentForms.categories(texts, chosen, "/cookie-policy")
        + "</section>\n";
    Responses.html(exchange, 200,
        Layout.page(texts, "/cookie-policy", texts.get("policy.title"), main));
  }
}
