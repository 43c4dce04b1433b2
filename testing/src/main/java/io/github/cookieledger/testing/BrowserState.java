package io.github.cookieledger.testing;

import io.github.cookieledger.StorageKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chromium.HasCdp;

/**
 * What the browser holds: every cookie and the page's web storage keys.
 *
 * <p>Cookies: on Chromium through the DevTools protocol's {@code Network.getAllCookies}, which
 * sees every domain and HttpOnly cookies too; elsewhere WebDriver's cookies of the current page.
 *
 * @param cookies every cookie, one per name, domain and path
 * @param keys the web storage keys (and IndexedDB database names) by kind
 * @param allDomains whether the cookies are the browser's (DevTools) or only the page's
 */
record BrowserState(List<ObservedCookie> cookies, Map<StorageKind, List<String>> keys,
    boolean allDomains) {

  private static final String STORAGE_KEYS = String.join("\n",
      "const keys = (store) => {",
      "  const all = [];",
      "  try {",
      "    for (let i = 0; i < store.length; i++) { all.push(store.key(i)); }",
      "  } catch (blocked) { /* no storage on this page */ }",
      "  return all;",
      "};",
      "return [keys(window.localStorage), keys(window.sessionStorage)];");

  private static final String DATABASES = String.join("\n",
      "const done = arguments[arguments.length - 1];",
      "if (!window.indexedDB || typeof window.indexedDB.databases !== 'function') {",
      "  done([]);",
      "} else {",
      "  window.indexedDB.databases().then((all) => done(all.map((d) => d.name)),",
      "      () => done([]));",
      "}");

  static BrowserState read(WebDriver driver) {
    List<ObservedCookie> cookies;
    boolean allDomains = driver instanceof HasCdp;
    if (allDomains) {
      cookies = devToolsCookies((HasCdp) driver);
    } else {
      cookies = new ArrayList<>();
      for (Cookie cookie : driver.manage().getCookies()) {
        Date expiry = cookie.getExpiry();
        cookies.add(new ObservedCookie(cookie.getName(), cookie.getDomain(), cookie.getPath(),
            expiry == null ? null : expiry.toInstant(), cookie.isSecure(), cookie.isHttpOnly(),
            cookie.getSameSite()));
      }
    }
    Map<StorageKind, List<String>> keys = new LinkedHashMap<>();
    if (driver instanceof JavascriptExecutor script) {
      Object stores = script.executeScript(STORAGE_KEYS);
      if (stores instanceof List<?> both && both.size() == 2) {
        keys.put(StorageKind.LOCAL_STORAGE, strings(both.get(0)));
        keys.put(StorageKind.SESSION_STORAGE, strings(both.get(1)));
      }
      try {
        keys.put(StorageKind.INDEXED_DB, strings(script.executeAsyncScript(DATABASES)));
      } catch (WebDriverException noAsyncScript) {
        keys.put(StorageKind.INDEXED_DB, List.of());
      }
    }
    return new BrowserState(cookies, keys, allDomains);
  }

  private static List<ObservedCookie> devToolsCookies(HasCdp driver) {
    Map<String, Object> answer = driver.executeCdpCommand("Network.getAllCookies", Map.of());
    List<ObservedCookie> cookies = new ArrayList<>();
    Object all = answer.get("cookies");
    if (!(all instanceof List<?> list)) {
      return cookies;
    }
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> cookie)) {
        continue;
      }
      boolean session = Boolean.TRUE.equals(cookie.get("session"));
      Object expires = cookie.get("expires");
      Instant expiry = session || !(expires instanceof Number seconds) || seconds.doubleValue() < 0
          ? null : Instant.ofEpochMilli((long) (seconds.doubleValue() * 1000));
      Object sameSite = cookie.get("sameSite");
      cookies.add(new ObservedCookie(String.valueOf(cookie.get("name")),
          String.valueOf(cookie.get("domain")), String.valueOf(cookie.get("path")), expiry,
          Boolean.TRUE.equals(cookie.get("secure")), Boolean.TRUE.equals(cookie.get("httpOnly")),
          sameSite == null ? null : sameSite.toString()));
    }
    return cookies;
  }

  private static List<String> strings(Object value) {
    List<String> strings = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(item -> strings.add(String.valueOf(item)));
    }
    return strings;
  }
}
