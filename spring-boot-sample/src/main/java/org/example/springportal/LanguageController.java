package org.example.springportal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.LocaleResolver;

/** {@code GET /language?lang=en|fr&back=/path}: remembers the visitor's language and goes back. */
@Controller
class LanguageController {
  private final LocaleResolver locales;

  LanguageController(LocaleResolver locales) {
    this.locales = locales;
  }

  @GetMapping("/language")
  String change(@RequestParam String lang, @RequestParam(required = false) String back,
      HttpServletRequest request, HttpServletResponse response) {
    Language language = Language.of(lang).orElseThrow(() -> new ResponseStatusException(
        HttpStatus.BAD_REQUEST, "Unknown language: en or fr"));
    locales.setLocale(request, response, language.locale());
    return "redirect:" + LocalPath.orHome(back);
  }
}
