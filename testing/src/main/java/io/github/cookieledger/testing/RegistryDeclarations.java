package io.github.cookieledger.testing;

import io.github.cookieledger.CookieDefinition;
import io.github.cookieledger.CookieIndex;
import io.github.cookieledger.StorageDefinition;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;

/**
 * The cookies and web storage a generated registry declares, read through its public static
 * {@code all()} and {@code storage()} ({@code @GeneratedRegistry} is not kept at run time, so the
 * registry is recognised by these methods).
 */
record RegistryDeclarations(String registry, CookieIndex cookies, List<StorageDefinition> storage) {

  static RegistryDeclarations of(Class<?> registry) {
    if (registry == null) {
      throw new IllegalArgumentException("BrowserAudit.of(null): pass the registry class that"
          + " cookieledger generated, e.g. CookieRegistry.class");
    }
    Method all = listMethod(registry, "all", CookieDefinition.class);
    if (all == null) {
      throw new IllegalArgumentException(registry.getName() + " is not a cookieledger registry:"
          + " it has no public static List<CookieDefinition> all(). Pass the registry class that"
          + " cookieledger generated from your @Cookie declarations (named by"
          + " @CookiePolicy(registry), CookieRegistry by default), e.g. CookieRegistry.class.");
    }
    Method storage = listMethod(registry, "storage", StorageDefinition.class);
    List<CookieDefinition> cookies = call(all, registry);
    List<StorageDefinition> entries = storage == null ? List.of() : call(storage, registry);
    return new RegistryDeclarations(registry.getName(), CookieIndex.of(cookies), entries);
  }

  private static Method listMethod(Class<?> type, String name, Class<?> element) {
    try {
      Method method = type.getMethod(name);
      Type returned = method.getGenericReturnType();
      boolean list = returned instanceof ParameterizedType parameterized
          && parameterized.getRawType() == List.class
          && parameterized.getActualTypeArguments()[0] == element;
      return Modifier.isStatic(method.getModifiers()) && list ? method : null;
    } catch (NoSuchMethodException absent) {
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> call(Method method, Class<?> registry) {
    try {
      return (List<T>) method.invoke(null);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(registry.getName() + "." + method.getName() + "() threw "
          + e.getCause(), e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException(registry.getName() + " is not accessible: " + e, e);
    }
  }
}
