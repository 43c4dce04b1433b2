package io.github.cookieledger.servlet;

import java.net.URI;

/** A real servlet container started for one test on a free port. */
interface Container extends AutoCloseable {
  /** @return e.g. {@code http://localhost:41234} */
  URI base();

  /** @return whether the web application started (its filters and servlets initialised) */
  boolean started();

  @Override
  void close() throws Exception;

  /** Starts containers of one kind. */
  interface Kind {
    Container start(Site site) throws Exception;
  }
}
