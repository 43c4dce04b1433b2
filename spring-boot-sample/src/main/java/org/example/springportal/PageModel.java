package org.example.springportal;

import io.github.cookieledger.Category;
import io.github.cookieledger.Consent;
import io.github.cookieledger.CookieDefinition;
import io.github.cookieledger.spring.boot.CookieLedgerProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.WebUtils;

/** What every page shows: the language, the visitor's choice, the account, the consent forms. */
@ControllerAdvice
class PageModel {
  private final String consentPath;

  PageModel(CookieLedgerProperties cookieledger) {
    // The forms post where the starter's consent endpoint listens (cookieledger.consent-path).
    this.consentPath = cookieledger.getConsentPath();
  }

  @ModelAttribute
  void addCommon(Model model, HttpServletRequest request, Locale locale) {
    Optional<Consent> choice = VisitorConsent.read(request);
    model.addAttribute("lang", Language.of(locale).code());
    model.addAttribute("path", request.getRequestURI());
    model.addAttribute("consentPath", consentPath);
    model.addAttribute("chosen", choice.isPresent());
    model.addAttribute("categories", categories(choice));
    HttpSession session = request.getSession(false);
    Object user = session == null ? null : session.getAttribute(AccountController.USER);
    model.addAttribute("user", user);
    model.addAttribute("csrfField", AccountController.CSRF_FIELD);
    // Double-submit: the logout form repeats the csrftoken cookie's value.
    jakarta.servlet.http.Cookie csrf = WebUtils.getCookie(request, CookieRegistry.CSRFTOKEN.name());
    model.addAttribute("csrfToken", csrf == null ? "" : csrf.getValue());
  }

  /**
   * One entry per category that holds a cookie needing consent (the only ones worth asking):
   * its form value, its message key, its cookies' names and whether the visitor allowed it.
   */
  private static List<Map<String, Object>> categories(Optional<Consent> choice) {
    Set<Category> optional = CookieRegistry.all().stream()
        .filter(CookieDefinition::requiresConsent)
        .map(CookieDefinition::category)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Category.class)));
    List<Map<String, Object>> entries = new ArrayList<>();
    for (Category category : optional) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("value", category.name().toLowerCase(Locale.ROOT));
      entry.put("label", "category." + category.name());
      entry.put("names", CookieRegistry.byCategory(category).stream()
          .map(CookieDefinition::name).collect(Collectors.joining(", ")));
      entry.put("checked", choice.map(consent -> consent.allows(category)).orElse(false));
      entries.add(entry);
    }
    return entries;
  }
}
