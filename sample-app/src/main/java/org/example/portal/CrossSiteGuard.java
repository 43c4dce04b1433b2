package org.example.portal;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Acts only on the visitor's own requests: a request that changes state (any method but GET, HEAD
 * and OPTIONS: {@code /consent}, {@code /login}, {@code /logout}, and whatever is added later) sent
 * by another site is refused with 403 before its handler runs. Otherwise any page on the web
 * could post {@code accept=all} or a login form for a visitor.
 *
 * <p>The browser says who sent the request. {@code Sec-Fetch-Site} (every current browser) must
 * be {@code same-origin} or {@code none} (typed, or a bookmark); without it, {@code Origin} (sent
 * with every cross-site POST since 2020) must name this site's own host. A request with neither
 * comes from no browser (curl, a script), which no other site can make a visitor's browser send.
 * The same rule as Go's {@code net/http.CrossOriginProtection}; {@code /logout} also keeps its
 * token.
 */
final class CrossSiteGuard extends Filter {
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    if (SAFE_METHODS.contains(exchange.getRequestMethod()) || sameSite(exchange)) {
      chain.doFilter(exchange);
      return;
    }
    try {
      exchange.getResponseHeaders().set("Vary", "Origin, Sec-Fetch-Site");
      Responses.text(exchange, 403, "Forbidden: this request came from another site. Use the"
          + " site's own form.");
    } finally {
      exchange.close();
    }
  }

  /** Whether the browser (if any) says the request comes from one of this site's own pages. */
  static boolean sameSite(HttpExchange exchange) {
    String fetchSite = exchange.getRequestHeaders().getFirst("Sec-Fetch-Site");
    if (fetchSite != null) {
      String site = fetchSite.trim().toLowerCase(Locale.ROOT);
      return site.equals("same-origin") || site.equals("none");
    }
    String origin = exchange.getRequestHeaders().getFirst("Origin");
    if (origin == null) {
      return true; // no browser: nothing another site could forge
    }
    String host = exchange.getRequestHeaders().getFirst("Host");
    return host != null && host.equalsIgnoreCase(hostOf(origin));
  }

  /** {@code host[:port]} of an origin, or null for {@code null} and anything unreadable. */
  private static String hostOf(String origin) {
    try {
      URI uri = new URI(origin.trim());
      if (uri.getHost() == null || uri.getScheme() == null) {
        return null;
      }
      return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  @Override
  public String description() {
    return "refuses state-changing requests that another site sent";
  }
}
