package io.github.cookieledger.servlet;

/** {@link ConsentServletContract} on embedded Jetty 12 (ee10). */
class JettyConsentServletTest extends ConsentServletContract {
  @Override
  Container.Kind kind() {
    return JettyContainer::start;
  }
}
