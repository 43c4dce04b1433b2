package org.example.portal;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/**
 * Nothing undeclared leaves the server: every response's {@code Set-Cookie} headers are checked
 * against the generated registry just before they are sent, and a response that would set a
 * cookie the policy does not list fails with 500 instead (see {@link GuardedExchange}).
 */
final class ResponseGuard extends Filter {
  private final SetCookieCheck check = new SetCookieCheck(CookieRegistry::find);

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    chain.doFilter(new GuardedExchange(exchange, check));
  }

  @Override
  public String description() {
    return "refuses Set-Cookie headers for cookies the CookieRegistry does not declare";
  }
}
