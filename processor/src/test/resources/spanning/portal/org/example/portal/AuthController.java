package org.example.portal;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;
import java.util.List;
import java.util.Map;

/** Type A of the partial-build tests: logs users in. */
public class AuthController {
  @Cookie(
      name = "csrftoken",
      provider = "Opendatasoft",
      function = "API (CSRF) (front et back office)",
      purpose = "To retrieve data via API calls",
      category = Category.NECESSARY,
      duration = "P1Y",
      httpOnly = false)
  static final String CSRF_HEADER = "X-CSRFToken";

  @Cookie(
      name = "sessionid",
      provider = "Opendatasoft",
      function = "Authentication (front and back office)",
      purpose = "To remember the user from one page to another",
      category = Category.NECESSARY)
  public String login(String user, char[] password, Map<String, List<String>> headers) {
    return user;
  }

  /** A nested type with a constructor declaration: names as javac and ECJ must agree. */
  public static final class Remember {
    @Cookie(
        name = "sessionid",
        provider = "Opendatasoft",
        function = "Authentication (front and back office)",
        purpose = "To remember the user from one page to another",
        category = Category.NECESSARY)
    public Remember(long days, String... scopes) {}
  }
}
