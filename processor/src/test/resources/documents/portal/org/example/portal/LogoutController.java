package org.example.portal;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;

/** Declares sessionid again, with equal attributes: one entry, two declaring elements. */
public class LogoutController {
  @Cookie(name = "sessionid", provider = "Opendatasoft",
      function = "Authentication (front and back office)",
      purpose = "To remember the user from one page to another", category = Category.NECESSARY)
  public LogoutController(String[] reasons, int code) {}
}
