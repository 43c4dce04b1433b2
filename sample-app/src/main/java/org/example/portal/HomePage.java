package org.example.portal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.cookieledger.Consent;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;

/** {@code GET /}: the portal's home, with the consent banner until the visitor has chosen. */
final class HomePage implements HttpHandler {
  private final Sessions sessions;

  HomePage(Sessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    RequestCookies cookies = RequestCookies.of(exchange);
    Texts texts = Texts.of(Language.of(cookies));
    Optional<Consent> chosen = ConsentCookie.read(cookies);
    Consent consent = chosen.orElse(Consent.necessaryOnly());

    // Before the page is written: what the browser holds must match the choice that holds now.
    ConsentSweep.expireDisallowed(cookies, consent, consent, exchange.getResponseHeaders());
    OptionalInt visits = VisitCounter.count(cookies, consent, exchange.getResponseHeaders());

    StringBuilder main = new StringBuilder();
    if (chosen.isEmpty()) {
      main.append(ConsentForms.banner(texts, "/"));
    }
    main.append("<h1>").append(Html.escape(texts.get("home.title"))).append("</h1>\n")
        .append("<p>").append(Html.escape(texts.get("home.lead"))).append("</p>\n")
        .append("<p id=\"visits\">")
        .append(Html.escape(visits.isPresent()
            ? texts.get("visits.counted", Integer.toString(visits.getAsInt()))
            : texts.get("visits.off")))
        .append("</p>\n")
        .append(account(texts, cookies))
        .append("<p><a href=\"/cookie-policy#settings\">")
        .append(Html.escape(texts.get("settings.link"))).append("</a></p>\n");
    Responses.html(exchange, 200, Layout.page(texts, "/", texts.get("nav.home"), main.toString()));
  }

  private String account(Texts texts, RequestCookies cookies) {
    Optional<String> user = cookies.get(CookieRegistry.SESSIONID.name()).flatMap(sessions::user);
    StringBuilder html = new StringBuilder("<section id=\"account\">\n<h2>")
        .append(Html.escape(texts.get("account.title"))).append("</h2>\n");
    if (user.isPresent()) {
      html.append("<p id=\"signed-in\">")
          .append(Html.escape(texts.get("login.signedIn", user.get()))).append("</p>\n")
          .append("<form method=\"post\" action=\"/logout\">")
          .append("<input type=\"hidden\" name=\"").append(Logout.CSRF_FIELD).append("\" value=\"")
          .append(Html.escape(cookies.get(CookieRegistry.CSRFTOKEN.name()).orElse("")))
          .append("\">").append(BackLink.hidden("/"))
          .append("<button type=\"submit\" id=\"logout\">")
          .append(Html.escape(texts.get("logout.submit"))).append("</button></form>\n");
    } else {
      html.append("<form method=\"post\" action=\"/login\">")
          .append("<label>").append(Html.escape(texts.get("login.username")))
          .append(" <input name=\"").append(Login.FIELD).append("\" required maxlength=\"")
          .append(Login.MAX_USERNAME).append("\" autocomplete=\"username\"></label> ")
          .append(BackLink.hidden("/"))
          .append("<button type=\"submit\" id=\"login\">")
          .append(Html.escape(texts.get("login.submit"))).append("</button></form>\n");
    }
    return html.append("</section>\n").toString();
  }
}
