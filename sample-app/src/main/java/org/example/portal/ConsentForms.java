package org.example.portal;

import io.github.cookieledger.Category;
import io.github.cookieledger.Consent;
import io.github.cookieledger.CookieDefinition;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The consent banner and the per-category choice, as HTML forms that post to {@code /consent}. */
final class ConsentForms {
  private ConsentForms() {}

  /** The banner: Accept all, Necessary only, or Choose by category. */
  static String banner(Texts texts, String back) {
    return "<section id=\"cookie-banner\" class=\"banner\""
        + " aria-labelledby=\"cookie-banner-title\">\n"
        + "<h2 id=\"cookie-banner-title\">" + Html.escape(texts.get("banner.title")) + "</h2>\n"
        + "<p>" + Html.escape(texts.get("banner.text")) + " <a href=\"/cookie-policy\">"
        + Html.escape(texts.get("banner.policyLink")) + "</a></p>\n"
        + "<div class=\"actions\">\n"
        + button("accept-all", "all", texts.get("banner.acceptAll"), back)
        + button("necessary-only", "necessary", texts.get("banner.necessaryOnly"), back)
        + "</div>\n"
        + "<details><summary>" + Html.escape(texts.get("banner.choose")) + "</summary>\n"
        + categories(texts, Optional.empty(), back)
        + "</details>\n"
        + "</section>\n";
  }

  /** One checkbox per category; checked as the visitor chose before. */
  static String categories(Texts texts, Optional<Consent> current, String back) {
    StringBuilder form = new StringBuilder()
        .append("<form method=\"post\" action=\"/consent\" class=\"categories\">\n")
        // Sent alongside the ticked boxes, so ticking nothing means "necessary only".
        .append("<input type=\"hidden\" name=\"accept\" value=\"necessary\">\n")
        .append(BackLink.hidden(back))
        .append("<label><input type=\"checkbox\" checked disabled> ")
        .append(Html.escape(texts.get("category.NECESSARY")))
        .append(" <span class=\"names\">").append(names(Category.NECESSARY))
        .append("</span></label>\n");
    for (Category category : optionalCategories()) {
      String value = category.name().toLowerCase(Locale.ROOT);
      boolean checked = current.map(consent -> consent.allows(category)).orElse(false);
      form.append("<label><input type=\"checkbox\" name=\"accept\" value=\"").append(value)
          .append("\" id=\"consent-").append(value).append('"')
          .append(checked ? " checked" : "").append("> ")
          .append(Html.escape(texts.get("category." + category.name())))
          .append(" <span class=\"names\">").append(names(category)).append("</span></label>\n");
    }
    return form.append("<button type=\"submit\" id=\"save-categories\">")
        .append(Html.escape(texts.get("banner.save")))
        .append("</button>\n</form>\n")
        .toString();
  }

  /** @return the categories that hold a cookie needing consent: the only ones worth asking */
  static Set<Category> optionalCategories() {
    return CookieRegistry.all().stream()
        .filter(CookieDefinition::requiresConsent)
        .map(CookieDefinition::category)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Category.class)));
  }

  private static String names(Category category) {
    return CookieRegistry.byCategory(category).stream()
        .map(cookie -> "<code>" + Html.escape(cookie.name()) + "</code>")
        .collect(Collectors.joining(", "));
  }

  private static String button(String id, String accept, String label, String back) {
    return "<form method=\"post\" action=\"/consent\">"
        + "<input type=\"hidden\" name=\"accept\" value=\"" + accept + "\">"
        + BackLink.hidden(back)
        + "<button type=\"submit\" id=\"" + id + "\">" + Html.escape(label) + "</button></form>\n";
  }
}
