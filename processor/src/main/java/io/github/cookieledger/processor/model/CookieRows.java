package io.github.cookieledger.processor.model;

import io.github.cookieledger.Cookie;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link CookieAttributes} as a row of a registry's table ({@code io.github.cookieledger.RegistryTable})
 * and back: one field per record component, named like it, as text.
 *
 * <p>Generic over the record's components on purpose: a new attribute added to {@code
 * CookieAttributes} goes into every generated registry's table, and comes back when another build
 * includes that registry, without a change here. A field that an older registry's table lacks reads
 * as {@code @Cookie}'s default.
 */
public final class CookieRows {
  private static final RecordComponent[] COMPONENTS = CookieAttributes.class.getRecordComponents();
  /** The accessors, looked up once: {@code getAccessor()} copies its {@code Method} each call. */
  private static final Method[] ACCESSORS = accessors();
  private static final List<String> FIELDS = names();

  private CookieRows() {}

  /** The field names of a cookie row, in table order. */
  public static List<String> fields() {
    return FIELDS;
  }

  private static List<String> names() {
    List<String> fields = new ArrayList<>();
    for (RecordComponent component : COMPONENTS) {
      fields.add(component.getName());
    }
    return List.copyOf(fields);
  }

  private static Method[] accessors() {
    Method[] accessors = new Method[COMPONENTS.length];
    for (int i = 0; i < COMPONENTS.length; i++) {
      accessors[i] = COMPONENTS[i].getAccessor();
    }
    return accessors;
  }

  /** One value per field of {@link #fields()}. */
  public static List<String> row(CookieAttributes attributes) {
    List<String> row = new ArrayList<>(ACCESSORS.length);
    for (int i = 0; i < ACCESSORS.length; i++) {
      Object value = invoke(i, attributes);
      row.add(value instanceof Enum<?> constant ? constant.name() : String.valueOf(value));
    }
    return row;
  }

  /**
   * The attributes of a row read back.
   *
   * @throws IllegalArgumentException naming the field that is missing (without a default) or
   *     unreadable
   */
  public static CookieAttributes attributes(Map<String, String> row) {
    Object[] values = new Object[COMPONENTS.length];
    Class<?>[] types = new Class<?>[COMPONENTS.length];
    for (int i = 0; i < COMPONENTS.length; i++) {
      String field = COMPONENTS[i].getName();
      types[i] = COMPONENTS[i].getType();
      String text = row.containsKey(field) ? row.get(field) : defaultText(field);
      values[i] = value(field, types[i], text);
    }
    try {
      Constructor<CookieAttributes> canonical = CookieAttributes.class.getConstructor(types);
      return canonical.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("CookieAttributes has no canonical constructor", e);
    }
  }

  /** Field name to value, for messages and tests. */
  public static Map<String, String> asMap(CookieAttributes attributes) {
    Map<String, String> map = new LinkedHashMap<>();
    List<String> fields = fields();
    List<String> row = row(attributes);
    for (int i = 0; i < fields.size(); i++) {
      map.put(fields.get(i), row.get(i));
    }
    return map;
  }

  private static Object value(String field, Class<?> type, String text) {
    if (type == String.class) {
      return text;
    }
    if (type == boolean.class && (text.equals("true") || text.equals("false"))) {
      return Boolean.parseBoolean(text);
    }
    if (type.isEnum()) {
      for (Object constant : type.getEnumConstants()) {
        if (((Enum<?>) constant).name().equals(text)) {
          return constant;
        }
      }
    }
    throw new IllegalArgumentException("field " + field + " holds \"" + text + "\", which is no "
        + type.getSimpleName());
  }

  /** {@code @Cookie}'s default, as text, for a field an older table lacks. */
  private static String defaultText(String field) {
    Object value;
    try {
      value = Cookie.class.getMethod(field).getDefaultValue();
    } catch (NoSuchMethodException notAnAttribute) {
      value = null;
    }
    if (value == null) {
      throw new IllegalArgumentException("a cookie row lacks the field " + field);
    }
    return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
  }

  private static Object invoke(int component, CookieAttributes attributes) {
    try {
      return ACCESSORS[component].invoke(attributes);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + COMPONENTS[component].getName(), e);
    }
  }
}
