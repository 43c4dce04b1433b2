package org.example.springportal;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the portal: {@code java -jar cookieledger-spring-boot-sample.jar --server.port=8080}.
 *
 * <p>Two cookies are set by code that is not the site's own, so they are declared here: the
 * servlet container sets the session cookie ({@code server.servlet.session.cookie.*} in {@code
 * application.properties} gives it the declared name and attributes, and the starter checks them
 * at start-up), and the starter's consent endpoint sets the consent cookie.
 */
@SpringBootApplication
@Cookie(
    name = "sessionid",
    provider = "Opendatasoft",
    function = "Authentication (front and back office)",
    purpose = "To remember the user from one page to another",
    category = Category.NECESSARY)
@Cookie(
    name = "cookies_preferences",
    provider = "Opendatasoft",
    function = "Choices related to your cookie preferences",
    purpose = "To remember the visitor's cookie preferences",
    category = Category.NECESSARY,
    // Ask again twice a year; well under the 13 months regulators accept for a choice.
    duration = "P6M")
public class PortalApplication {
  public static void main(String[] args) {
    SpringApplication.run(PortalApplication.class, args);
  }
}
