package org.example.portal;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;
import io.github.cookieledger.SameSite;

/** Necessary cookies: session, forms, the consent choice. */
public class AuthController {
  @Cookie(name = "sessionid", provider = "Opendatasoft",
      function = "Authentication (front and back office)",
      purpose = "To remember the user from one page to another", category = Category.NECESSARY)
  public void login(String user) {}

  @Cookie(name = "csrftoken", provider = "Opendatasoft", function = "Security (front office)",
      purpose = "To protect forms against cross-site request forgery",
      category = Category.NECESSARY, duration = "P1Y", httpOnly = false,
      sameSite = SameSite.STRICT)
  @Cookie(name = "csrf_backup", provider = "Opendatasoft", function = "Security (front office)",
      purpose = "To protect forms against cross-site request forgery",
      category = Category.NECESSARY, duration = "P1Y", httpOnly = false,
      sameSite = SameSite.STRICT)
  public void form() {}

  @Cookie(name = "cookies_preferences", provider = "Opendatasoft",
      function = "Consent banner (front office)",
      purpose = "To remember which cookies the visitor accepted", category = Category.NECESSARY,
      duration = "P1Y1M", httpOnly = false)
  static final String PREFERENCES = "cookies_preferences";
}
