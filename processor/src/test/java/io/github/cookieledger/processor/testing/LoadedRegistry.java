package io.github.cookieledger.processor.testing;

import io.github.cookieledger.Category;
import io.github.cookieledger.CookieDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A generated registry loaded from a class output folder and called, the way application code
 * calls it. The loader's parent is the test's class loader, which holds the annotations module, so
 * the registry's {@code CookieDefinition}s are the test's own type.
 */
public final class LoadedRegistry implements AutoCloseable {
  private final URLClassLoader loader;
  private final Class<?> registry;

  public LoadedRegistry(Path classes, String qualifiedName) {
    try {
      loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
          LoadedRegistry.class.getClassLoader());
      registry = loader.loadClass(qualifiedName);
    } catch (MalformedURLException | ClassNotFoundException e) {
      throw new AssertionError("cannot load " + qualifiedName + " from " + classes, e);
    }
  }

  public Class<?> type() {
    return registry;
  }

  /** Loads another class of the same output, e.g. a user class compiled against the registry. */
  public Class<?> load(String qualifiedName) {
    try {
      return loader.loadClass(qualifiedName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  @SuppressWarnings("unchecked")
  public List<CookieDefinition> all() {
    return (List<CookieDefinition>) call("all", new Class<?>[0]);
  }

  @SuppressWarnings("unchecked")
  public Optional<CookieDefinition> find(String name) {
    return (Optional<CookieDefinition>) call("find", new Class<?>[] {String.class}, name);
  }

  @SuppressWarnings("unchecked")
  public List<CookieDefinition> byCategory(Category category) {
    return (List<CookieDefinition>) call("byCategory", new Class<?>[] {Category.class}, category);
  }

  /** A public static field: a cookie constant or {@code REVISION}. */
  public Object field(String name) {
    try {
      return registry.getField(name).get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private Object call(String method, Class<?>[] types, Object... args) {
    try {
      return registry.getMethod(method, types).invoke(null, args);
    } catch (InvocationTargetException e) {
      throw new AssertionError(method + " threw", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    try {
      loader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
