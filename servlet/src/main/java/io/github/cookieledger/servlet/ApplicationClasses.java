package io.github.cookieledger.servlet;

/**
 * Loads a class named in a setting: through the web application's loader, else the thread's, else
 * this library's. An embedded container (Jetty's {@code ServletContextHandler}) may hand out a
 * context loader that does not see the application's classes.
 */
final class ApplicationClasses {
  private ApplicationClasses() {}

  static Class<?> load(String name, ClassLoader applicationLoader) throws ClassNotFoundException {
    ClassNotFoundException notFound = null;
    for (ClassLoader loader : new ClassLoader[] {applicationLoader,
        Thread.currentThread().getContextClassLoader(), ApplicationClasses.class.getClassLoader()}) {
      if (loader != null) {
        try {
          return Class.forName(name, true, loader);
        } catch (ClassNotFoundException e) {
          notFound = notFound == null ? e : notFound;
        }
      }
    }
    throw notFound != null ? notFound : new ClassNotFoundException(name);
  }
}
