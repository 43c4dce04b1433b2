package org.example.springportal;

import io.github.cookieledger.Consent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.OptionalInt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code GET /}: the portal's home, with the consent banner until the visitor has chosen. */
@Controller
class HomeController {
  @GetMapping("/")
  String home(HttpServletRequest request, HttpServletResponse response, Model model) {
    Consent consent = VisitorConsent.read(request).orElse(Consent.necessaryOnly());
    // Withdrawn cookies need nothing here: the starter's filter deletes them from the browser.
    OptionalInt visits = VisitCounter.count(request, consent, response);
    model.addAttribute("visits", visits.isPresent() ? visits.getAsInt() : null);
    return "home";
  }
}
