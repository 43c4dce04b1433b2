package io.github.cookieledger.servlet;

/** {@link ConsentServletContract} on embedded Tomcat 11. */
class TomcatConsentServletTest extends ConsentServletContract {
  @Override
  Container.Kind kind() {
    return TomcatContainer::start;
  }
}
