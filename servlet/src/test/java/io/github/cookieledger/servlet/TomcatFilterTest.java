package io.github.cookieledger.servlet;

/** {@link FilterContract} on embedded Tomcat 11. */
class TomcatFilterTest extends FilterContract {
  @Override
  Container.Kind kind() {
    return TomcatContainer::start;
  }
}
