package io.github.cookieledger.servlet;

import io.github.cookieledger.Consent;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Enforces the cookie policy on every response: only declared cookies, with their declared
 * attributes, and those that need consent only after the visitor gave it; cookies the visitor's
 * consent no longer allows are deleted.
 *
 * <p>Configured in {@code web.xml} with the init parameters {@value #REGISTRY} (the generated
 * registry's qualified name, required) and {@value #UNDECLARED} ({@code block}, {@code fail},
 * {@code report}; see {@link Undeclared}), or in code with {@link #CookieLedgerFilter(Class,
 * Undeclared)}. Start-up fails, naming the setting and the fix, when the registry cannot be used,
 * when cookies need consent but the policy names no consent cookie, and when the container's
 * session cookie is undeclared or differs from its declaration ({@code report}: a WARN instead).
 */
public final class CookieLedgerFilter implements Filter {
  /** Init parameter: the registry's qualified name. */
  public static final String REGISTRY = "registry";
  /** Init parameter: {@code block} (default), {@code fail} or {@code report}. */
  public static final String UNDECLARED = "undeclared";

  private static final Logger LOG = System.getLogger(CookieLedgerFilter.class.getName());

  private final Class<?> registryClass;
  private final Undeclared configuredMode;
  private volatile LedgerRegistry registry;
  private volatile Undeclared mode;
  private final WarnOnce warnings = new WarnOnce(LOG);

  /** For {@code web.xml}: the registry and the mode come from the init parameters. */
  public CookieLedgerFilter() {
    this(null, null);
  }

  /**
   * @param registry the generated registry, e.g. {@code CookieRegistry.class}; the mode comes
   *     from the {@value #UNDECLARED} init parameter (default {@code block})
   */
  public CookieLedgerFilter(Class<?> registry) {
    this(registry, null);
  }

  /**
   * @param registry the generated registry, e.g. {@code CookieRegistry.class}
   * @param undeclared what to do with a cookie the policy does not allow; null: the {@value
   *     #UNDECLARED} init parameter, else {@code block}
   */
  public CookieLedgerFilter(Class<?> registry, Undeclared undeclared) {
    this.registryClass = registry;
    this.configuredMode = undeclared;
  }

  @Override
  public void init(FilterConfig config) throws ServletException {
    String filter = "filter '" + config.getFilterName() + "'";
    try {
      LedgerRegistry loaded = registryClass != null
          ? LedgerRegistry.of(registryClass, "the registry class of " + filter)
          : LedgerRegistry.named(config.getInitParameter(REGISTRY),
              config.getServletContext().getClassLoader(),
              "init parameter '" + REGISTRY + "' of " + filter);
      Undeclared undeclared = configuredMode != null ? configuredMode
          : Undeclared.of(config.getInitParameter(UNDECLARED),
              "init parameter '" + UNDECLARED + "' of " + filter);
      if (loaded.consentCookie().isEmpty() && loaded.anyNeedsConsent()) {
        throw new IllegalArgumentException(loaded + " declares cookies that need consent but no"
            + " cookie to keep the visitor's choice in, so " + filter + " could never send them:"
            + " add consentCookie = \"cookies_preferences\" (a NECESSARY cookie you declare) to"
            + " @CookiePolicy");
      }
      List<String> session = SessionCookieCheck.differences(config.getServletContext(), loaded);
      if (!session.isEmpty()) {
        String message = "the container's session cookie does not match " + loaded + ":\n  "
            + String.join("\n  ", session);
        if (undeclared != Undeclared.REPORT) {
          throw new IllegalArgumentException(message + "\nChange the container's session cookie"
              + " settings or the declaration (" + filter + ", undeclared = report, only warns)");
        }
        LOG.log(Level.WARNING, message + " (undeclared = report: starting anyway)");
      }
      this.registry = loaded;
      this.mode = undeclared;
    } catch (IllegalArgumentException e) {
      throw new ServletException("cookieledger: " + e.getMessage(), e);
    }
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    LedgerRegistry ready = registry;
    if (ready == null) {
      throw new ServletException("cookieledger: " + getClass().getSimpleName()
          + " was not initialised (init failed or was not called)");
    }
    if (!(request instanceof HttpServletRequest) || !(response instanceof HttpServletResponse)) {
      chain.doFilter(request, response);
      return;
    }
    HttpServletRequest http = (HttpServletRequest) request;
    HttpServletResponse raw = (HttpServletResponse) response;
    Instant now = Instant.now();
    CookieGate gate = new CookieGate(ready, mode, warnings, now, carriedNames(http),
        requestConsent(http, ready, now), header -> raw.addHeader(GuardedResponse.SET_COOKIE, header));
    gate.withdrawCarried();
    try {
      chain.doFilter(request, new GuardedResponse(raw, gate));
    } catch (IOException | ServletException | RuntimeException e) {
      if (!gate.failed()) {
        throw e;
      }
    } finally {
      gate.finish();
    }
    if (gate.failed() && !raw.isCommitted()) {
      raw.reset();
      raw.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    }
  }

  /** The names of the request's cookies, each once; none when the container cannot read them. */
  private static List<String> carriedNames(HttpServletRequest request) {
    Set<String> names = new LinkedHashSet<>();
    try {
      Cookie[] cookies = request.getCookies();
      if (cookies != null) {
        for (Cookie cookie : cookies) {
          if (cookie != null && cookie.getName() != null) {
            names.add(cookie.getName());
          }
        }
      }
    } catch (RuntimeException unreadable) {
      LOG.log(Level.DEBUG, "request cookies unreadable", unreadable);
    }
    return new ArrayList<>(names);
  }

  private static Optional<Consent> requestConsent(
      HttpServletRequest request, LedgerRegistry registry, Instant now) {
    try {
      return VisitorConsent.of(request, registry, now);
    } catch (RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  @Override
  public void destroy() {}
}
