package io.github.cookieledger.processor.testing;

/**
 * The seed's four cookies (the Opendatasoft portal of datasource.kapsarc.org), declared the way a
 * portal's code would: on a method, a constructor, a field and a type, under one {@code
 * @CookiePolicy} on the package.
 */
public final class Seed {
  private Seed() {}

  public static Source[] sources() {
    return new Source[] {
      Source.of("org.example.portal.package-info",
          "@CookiePolicy(site = \"https://datasource.kapsarc.org\")",
          "package org.example.portal;",
          "",
          "import io.github.cookieledger.CookiePolicy;"),
      Source.of("org.example.portal.AuthController",
          "package org.example.portal;",
          "",
          "import io.github.cookieledger.*;",
          "",
          "public class AuthController {",
          "  @Cookie(name = \"sessionid\", provider = \"Opendatasoft\",",
          "      function = \"Authentication (front and back office)\",",
          "      purpose = \"To remember the user from one page to another\",",
          "      category = Category.NECESSARY)",
          "  public void login(String user) {}",
          "}"),
      Source.of("org.example.portal.LanguageController",
          "package org.example.portal;",
          "",
          "import io.github.cookieledger.*;",
          "",
          "public class LanguageController {",
          "  @Cookie(name = \"django_language\", provider = \"Opendatasoft\",",
          "      function = \"Language selection (front and back office)\",",
          "      purpose = \"To remember the visitor's language\",",
          "      category = Category.NECESSARY)",
          "  public LanguageController(java.util.Locale fallback) {}",
          "}"),
      Source.of("org.example.portal.api.ApiController",
          "package org.example.portal.api;",
          "",
          "import io.github.cookieledger.*;",
          "",
          "public class ApiController {",
          "  @Cookie(name = \"csrftoken\", provider = \"Opendatasoft\",",
          "      function = \"API (CSRF) (front et back office)\",",
          "      purpose = \"To retrieve data via API calls\",",
          "      category = Category.NECESSARY)",
          "  static final String CSRF_COOKIE = \"csrftoken\";",
          "}"),
      Source.of("org.example.portal.CookiePreferences",
          "package org.example.portal;",
          "",
          "import io.github.cookieledger.*;",
          "",
          "@Cookie(name = \"cookies_preferences\", provider = \"Opendatasoft\",",
          "    function = \"Choices related to your cookie preferences\",",
          "    purpose = \"To remember the visitor's cookie preferences\",",
          "    category = Category.NECESSARY)",
          "public class CookiePreferences {}"),
    };
  }
}
