package io.github.cookieledger.servlet;

import io.github.cookieledger.Consent;
import io.github.cookieledger.CookieDefinition;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;

/**
 * Stores the visitor's choice: {@code POST accept=all|necessary|<category>...&back=<local path>}
 * sets the consent cookie ({@code @CookiePolicy(consentCookie)}), records the choice in the
 * {@link ConsentLog} and redirects (303) to {@code back}, or to the application's root when
 * {@code back} is not a path on this site. Cross-site posts are refused (403), malformed ones
 * answered 400. Map {@link CookieLedgerFilter} over this servlet too: it deletes the cookies of
 * the categories the visitor withdraws.
 *
 * <p>Configured in {@code web.xml} with the init parameters {@value #REGISTRY} (required) and
 * {@value #CONSENT_LOG} (a {@link ConsentLog} class with a public no-arg constructor; default
 * {@link ConsentLog#toSystemLogger()}), or in code with {@link #ConsentServlet(Class, ConsentLog)}.
 */
public class ConsentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** Init parameter: the registry's qualified name. */
  public static final String REGISTRY = "registry";
  /** Init parameter: the qualified name of a {@link ConsentLog} implementation. */
  public static final String CONSENT_LOG = "consentLog";

  private final transient Class<?> registryClass;
  private transient ConsentLog log;
  private transient LedgerRegistry registry;
  private transient CookieDefinition consentCookie;

  /** For {@code web.xml}: configured by init parameters. */
  public ConsentServlet() {
    this(null, null);
  }

  /**
   * @param registry the generated registry, e.g. {@code CookieRegistry.class}
   * @param log where choices are recorded; null: the {@value #CONSENT_LOG} init parameter, else
   *     {@link ConsentLog#toSystemLogger()}
   */
  public ConsentServlet(Class<?> registry, ConsentLog log) {
    this.registryClass = registry;
    this.log = log;
  }

  @Override
  public void init(ServletConfig config) throws ServletException {
    super.init(config);
    String servlet = "servlet '" + config.getServletName() + "'";
    try {
      registry = registryClass != null
          ? LedgerRegistry.of(registryClass, "the registry class of " + servlet)
          : LedgerRegistry.named(config.getInitParameter(REGISTRY),
              config.getServletContext().getClassLoader(),
              "init parameter '" + REGISTRY + "' of " + servlet);
      consentCookie = registry.consentCookie().orElseThrow(() -> new IllegalArgumentException(
          registry + " names no consent cookie, so " + servlet + " has nowhere to keep the"
              + " visitor's choice: add consentCookie = \"cookies_preferences\" to @CookiePolicy"
              + " and declare that cookie with category = Category.NECESSARY"));
      if (log == null) {
        log = consentLog(config.getInitParameter(CONSENT_LOG), config, servlet);
      }
    } catch (IllegalArgumentException e) {
      throw new ServletException("cookieledger: " + e.getMessage(), e);
    }
  }

  private static ConsentLog consentLog(String className, ServletConfig config, String servlet) {
    if (className == null || className.isBlank()) {
      return ConsentLog.toSystemLogger();
    }
    String setting = "init parameter '" + CONSENT_LOG + "' of " + servlet;
    try {
      Class<?> type = ApplicationClasses.load(className.trim(),
          config.getServletContext().getClassLoader());
      return (ConsentLog) type.getConstructor().newInstance();
    } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
      throw new IllegalArgumentException(setting + " names " + className.trim() + ", which cannot"
          + " be used (" + e + "): name a class that implements " + ConsentLog.class.getName()
          + " with a public no-argument constructor", e);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!SameOrigin.check(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN,
          "a consent choice can only be made from a page of this site");
      return;
    }
    ConsentForm.Parsed parsed;
    String back;
    try {
      parsed = ConsentForm.accept(request.getParameterValues("accept"));
      back = request.getParameter("back");
    } catch (RuntimeException unreadableBody) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "the form could not be read");
      return;
    }
    if (parsed.consent().isEmpty()) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, parsed.problem());
      return;
    }
    Consent made = parsed.consent().get().madeAt(Instant.now());
    response.addHeader("Set-Cookie", consentCookie.setCookieHeader(made.format(registry.revision())));
    log.record(new ConsentRecord(made.id().orElseThrow(), registry.revision(), made.granted(),
        made.time().orElseThrow()));
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", LocalPath.isLocal(back) ? back
        : request.getContextPath() + "/");
  }
}
