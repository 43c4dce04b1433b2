package io.github.cookieledger.servlet;

import org.junit.jupiter.api.Tag;

/** {@link ConsentServletContract} on embedded Jetty 12 (ee10). */
@Tag("jetty")
class JettyConsentServletTest extends ConsentServletContract {
  @Override
  Container.Kind kind() {
    return JettyContainer::start;
  }
}
