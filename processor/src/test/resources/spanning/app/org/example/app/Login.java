package org.example.app;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;

/** Logs users in. */
public class Login {
  @Cookie(
      name = "sessionid",
      provider = "Example App",
      function = "Authentication",
      purpose = "To remember the user from one page to another",
      category = Category.NECESSARY)
  public void login(String user) {}
}
