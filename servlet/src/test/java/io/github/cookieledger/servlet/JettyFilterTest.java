package io.github.cookieledger.servlet;

import org.junit.jupiter.api.Tag;

/** {@link FilterContract} on embedded Jetty 12 (ee10). */
@Tag("jetty")
class JettyFilterTest extends FilterContract {
  @Override
  Container.Kind kind() {
    return JettyContainer::start;
  }
}
