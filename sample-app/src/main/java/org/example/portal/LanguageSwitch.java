package org.example.portal;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;
import java.io.IOException;

/** {@code GET /language?lang=en|fr}: remembers the visitor's language and goes back. */
final class LanguageSwitch implements HttpHandler {
  static final String FIELD = "lang";

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    FormData query = FormData.query(exchange);
    String code = query.first(FIELD).orElseThrow(() -> new BadRequest("lang is missing: en or fr"));
    Language language = Language.of(code)
        .orElseThrow(() -> new BadRequest("Unknown language '" + code + "': en or fr"));
    remember(exchange.getResponseHeaders(), language);
    Responses.redirect(exchange, BackLink.of(query));
  }

  @Cookie(
      name = "django_language",
      provider = "Opendatasoft",
      function = "Language selection (front and back office)",
      purpose = "To remember the visitor's language",
      category = Category.NECESSARY,
      // A language choice outlives the browser session, or every visit starts in English.
      duration = "P1Y")
  static void remember(Headers response, Language language) {
    response.add("Set-Cookie", CookieRegistry.DJANGO_LANGUAGE.setCookieHeader(language.code()));
  }
}
