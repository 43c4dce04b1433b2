package io.github.cookieledger.spring.boot.site;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * The site: {@link CookieServlet} under {@code /cookies/}. The servlet container sets the session
 * cookie and the starter's consent endpoint the consent cookie, so both are declared here.
 */
@SpringBootApplication(proxyBeanMethods = false)
@Cookie(
    name = "sid",
    provider = "Shop",
    purpose = "To keep the visitor signed in",
    category = Category.NECESSARY)
@Cookie(
    name = "consent",
    provider = "Shop",
    purpose = "To remember the visitor's cookie choice",
    category = Category.NECESSARY,
    duration = "P6M")
public class TestSite {
  @Bean
  ServletRegistrationBean<CookieServlet> cookieServlet() {
    return new ServletRegistrationBean<>(new CookieServlet(), "/cookies/*");
  }
}
