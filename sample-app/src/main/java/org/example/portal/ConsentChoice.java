package org.example.portal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.cookieledger.Category;
import io.github.cookieledger.Consent;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /consent}: stores the visitor's choice, deletes what they withdrew, and goes back.
 *
 * <p>{@code accept} is {@code all}, {@code necessary}, or categories separated by commas
 * ({@code statistics,functional}); the banner's checkboxes send it several times instead, which
 * means the same.
 */
final class ConsentChoice implements HttpHandler {
  static final String FIELD = "accept";

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    FormData form = FormData.body(exchange);
    // dated and given an id here: the stored value is the proof of this choice
    Consent chosen = parse(form.all(FIELD)).madeAt(Instant.now());
    RequestCookies carried = RequestCookies.of(exchange);
    Consent before = ConsentCookie.effective(carried);
    ConsentCookie.store(exchange.getResponseHeaders(), chosen);
    ConsentSweep.expireDisallowed(carried, before, chosen, exchange.getResponseHeaders());
    Responses.redirect(exchange, BackLink.of(form));
  }

  static Consent parse(List<String> values) {
    boolean all = false;
    EnumSet<Category> granted = EnumSet.noneOf(Category.class);
    for (String value : values) {
      for (String part : value.split(",", -1)) {
        String word = part.trim().toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
          continue;
        } else if (word.equals("all")) {
          all = true;
        } else {
          granted.add(category(word));
        }
      }
    }
    if (all) {
      return Consent.all();
    }
    if (granted.isEmpty()) {
      throw new BadRequest("accept is missing: all, necessary, or categories such as statistics");
    }
    return Consent.of(granted.toArray(new Category[0]));
  }

  private static Category category(String word) {
    for (Category category : Category.values()) {
      if (category.name().toLowerCase(Locale.ROOT).equals(word)) {
        return category;
      }
    }
    throw new BadRequest(
        "Unknown category '" + word + "' in accept: all, necessary, functional, statistics"
            + " or marketing");
  }
}
