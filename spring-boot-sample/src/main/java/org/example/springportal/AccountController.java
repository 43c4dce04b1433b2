package org.example.springportal;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.WebUtils;

/**
 * {@code POST /login} (any user name signs in: a sample, no passwords) and {@code POST /logout}.
 * The servlet container's session holds who is signed in; its cookie is {@code sessionid}.
 */
@Controller
class AccountController {
  static final String USER = "user";
  static final String CSRF_FIELD = "csrf";
  static final int MAX_USERNAME = 64;

  private static final SecureRandom RANDOM = new SecureRandom();

  @PostMapping("/login")
  String login(@RequestParam String username, @RequestParam(required = false) String back,
      HttpServletRequest request, HttpServletResponse response) {
    String user = username.strip();
    if (user.isEmpty() || user.length() > MAX_USERNAME
        || user.chars().anyMatch(Character::isISOControl)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "username: 1 to " + MAX_USERNAME + " characters, no control characters");
    }
    HttpSession session = request.getSession();
    if (!session.isNew()) {
      request.changeSessionId(); // against session fixation
    }
    session.setAttribute(USER, user);
    issueCsrfToken(response, token());
    return "redirect:" + LocalPath.orHome(back);
  }

  @PostMapping("/logout")
  String logout(@RequestParam(name = CSRF_FIELD, defaultValue = "") String token,
      @RequestParam(required = false) String back,
      HttpServletRequest request, HttpServletResponse response) {
    jakarta.servlet.http.Cookie expected =
        WebUtils.getCookie(request, CookieRegistry.CSRFTOKEN.name());
    if (expected == null || !MessageDigest.isEqual(
        expected.getValue().getBytes(StandardCharsets.UTF_8),
        token.getBytes(StandardCharsets.UTF_8))) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "CSRF token missing or wrong");
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    // The container does not delete the session cookie when the session ends.
    response.addHeader("Set-Cookie", CookieRegistry.SESSIONID.expireCookieHeader());
    response.addHeader("Set-Cookie", CookieRegistry.CSRFTOKEN.expireCookieHeader());
    return "redirect:" + LocalPath.orHome(back);
  }

  /** Double-submit: the signed-in pages repeat this token in their forms; logout compares both. */
  @Cookie(
      name = "csrftoken",
      provider = "Opendatasoft",
      function = "API (CSRF) (front et back office)",
      purpose = "To retrieve data via API calls",
      category = Category.NECESSARY)
  static void issueCsrfToken(HttpServletResponse response, String token) {
    response.addHeader("Set-Cookie", CookieRegistry.CSRFTOKEN.setCookieHeader(token));
  }

  /** @return 256 random bits as base64url, a valid cookie value */
  static String token() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
