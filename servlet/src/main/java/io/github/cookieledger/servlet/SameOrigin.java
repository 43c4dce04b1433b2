package io.github.cookieledger.servlet;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Whether a request comes from a page of this site, so another site cannot record a choice for
 * the visitor (a cross-site form post). Browsers send {@code Sec-Fetch-Site} and {@code Origin}
 * with every form post; a request with neither (a script, an old browser) is let through, as it
 * carries no third party's intent. The rule is Go's {@code net/http.CrossOriginProtection}, as in
 * the sample site's {@code CrossSiteGuard}: {@code same-origin} or {@code none} (the visitor's own
 * action, e.g. a bookmark), else an {@code Origin} whose host is the request's {@code Host}.
 */
final class SameOrigin {
  private SameOrigin() {}

  static boolean check(HttpServletRequest request) {
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if (fetchSite != null) {
      String site = fetchSite.trim();
      return site.equalsIgnoreCase("same-origin") || site.equalsIgnoreCase("none");
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return true;
    }
    String host = request.getHeader("Host");
    if (host == null || origin.trim().equalsIgnoreCase("null")) {
      return false;
    }
    try {
      URI uri = new URI(origin.trim());
      if (uri.getHost() == null || uri.getScheme() == null) {
        return false;
      }
      int port = uri.getPort() >= 0 ? uri.getPort()
          : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
      return authority(uri.getHost(), port).equals(hostHeader(host, uri.getScheme()));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** The Host header with its port made explicit, lower case. */
  private static String hostHeader(String host, String scheme) {
    String value = host.trim().toLowerCase(Locale.ROOT);
    int colon = value.lastIndexOf(':');
    if (colon < 0 || value.endsWith("]")) {
      return value + ":" + (scheme.equalsIgnoreCase("https") ? 443 : 80);
    }
    return value;
  }

  private static String authority(String host, int port) {
    return host.toLowerCase(Locale.ROOT) + ":" + port;
  }
}
