package io.github.cookieledger.servlet;

/** {@link FilterContract} on embedded Jetty 12 (ee10). */
class JettyFilterTest extends FilterContract {
  @Override
  Container.Kind kind() {
    return JettyContainer::start;
  }
}
