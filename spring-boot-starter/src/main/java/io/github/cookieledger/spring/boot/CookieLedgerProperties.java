package io.github.cookieledger.spring.boot;

import io.github.cookieledger.servlet.Undeclared;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code cookieledger.*} properties. Spring Boot's configuration processor turns this class
 * into {@code META-INF/spring-configuration-metadata.json}: each field's comment is the
 * description an IDE shows, each initial value the default.
 */
@ConfigurationProperties(prefix = "cookieledger")
public class CookieLedgerProperties {
  /** Default of {@link #getConsentPath()}. */
  public static final String DEFAULT_CONSENT_PATH = "/cookieledger/consent";

  /**
   * Whether to register cookieledger's filter and consent endpoint. Off, the application's
   * cookies are neither checked nor consent-gated.
   */
  private boolean enabled = true;

  /**
   * Qualified name of the registry cookieledger generated for this application, e.g.
   * org.example.portal.CookieRegistry. Unset: the registry named by the
   * META-INF/cookies/cookies.json on the class path that no other one includes.
   */
  private String registry;

  /**
   * What happens to a Set-Cookie the policy does not declare, or with other attributes than
   * declared: block drops the cookie and logs a warning once per name, fail answers the request
   * with 500, report lets it through with a warning.
   */
  private Undeclared undeclared = Undeclared.BLOCK;

  /**
   * Path of the consent endpoint: a form POSTs accept=all, accept=necessary or one accept per
   * category, and back=a local path to return to.
   */
  private String consentPath = DEFAULT_CONSENT_PATH;

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getRegistry() {
    return registry;
  }

  public void setRegistry(String registry) {
    this.registry = registry;
  }

  public Undeclared getUndeclared() {
    return undeclared;
  }

  public void setUndeclared(Undeclared undeclared) {
    this.undeclared = undeclared;
  }

  public String getConsentPath() {
    return consentPath;
  }

  public void setConsentPath(String consentPath) {
    this.consentPath = consentPath;
  }
}
