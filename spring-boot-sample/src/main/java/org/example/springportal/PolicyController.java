package org.example.springportal;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /cookie-policy}: the generated policy tables, then the visitor's choice, which they
 * can change here at any time.
 */
@Controller
class PolicyController {
  private final PolicyDocuments documents;

  PolicyController(PolicyDocuments documents) {
    this.documents = documents;
  }

  @GetMapping("/cookie-policy")
  String policy(Locale locale, Model model) {
    model.addAttribute("tables", documents.fragment(Language.of(locale)));
    return "cookie-policy";
  }
}
