package org.example.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The frame around every page: language, navigation, styles. */
final class Layout {
  private static final String STYLE =
      "body{font:16px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;margin:0;color:#1d2430;"
          + "background:#f6f7f9}"
          + "header{background:#1f3b5c;color:#fff;padding:.75rem 1.5rem;display:flex;"
          + "flex-wrap:wrap;gap:1rem;align-items:baseline}"
          + "header a{color:#fff}header .site{font-weight:600;font-size:1.15rem;margin-right:auto}"
          + "nav a{margin-right:1rem}"
          + "main{max-width:60rem;margin:0 auto;padding:1rem 1.5rem 3rem;background:#fff}"
          + "h1{font-size:1.7rem}h2{font-size:1.3rem;margin-top:2rem}"
          + "table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.95rem}"
          + "th,td{border:1px solid #c9d1dc;padding:.45rem .6rem;text-align:left;"
          + "vertical-align:top}"
          + "th{background:#e8eef5}"
          + ".banner{border:2px solid #1f3b5c;border-radius:.5rem;padding:0 1rem 1rem;"
          + "background:#eef3f9}"
          + ".actions{display:flex;gap:.75rem;flex-wrap:wrap}.actions form{margin:0}"
          + "button{font:inherit;padding:.4rem 1rem;border-radius:.3rem;border:1px solid #1f3b5c;"
          + "background:#1f3b5c;color:#fff;cursor:pointer}"
          + ".categories label{display:block;margin:.35rem 0}.names{color:#555}"
          + "form.inline{display:inline}"
          + "@media print{header nav,.banner,form{display:none}}";

  private Layout() {}

  /**
   * @param texts the visitor's language
   * @param path this page's path, where the language switch comes back to
   * @param title the page title (text)
   * @param main the page's content (HTML)
   * @return the whole page
   */
  static String page(Texts texts, String path, String title, String main) {
    return "<!DOCTYPE html>\n"
        + "<html lang=\"" + texts.language().code() + "\">\n"
        + "<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + Html.escape(title) + " · " + Html.escape(texts.get("site.name"))
        + "</title>\n"
        + "<style>" + STYLE + "</style>\n</head>\n<body>\n"
        + "<header><a class=\"site\" href=\"/\">" + Html.escape(texts.get("site.name")) + "</a>\n"
        + "<nav><a href=\"/\">" + Html.escape(texts.get("nav.home")) + "</a>"
        + "<a href=\"/cookie-policy\">" + Html.escape(texts.get("nav.policy")) + "</a>"
        + "<a href=\"/cookies.json\">cookies.json</a></nav>\n"
        + languages(texts, path)
        + "</header>\n<main>\n" + main + "</main>\n</body>\n</html>\n";
  }

  private static String languages(Texts texts, String path) {
    StringBuilder links = new StringBuilder("<nav aria-label=\"")
        .append(Html.escape(texts.get("nav.language"))).append("\">");
    for (Language language : Language.values()) {
      String label = language.name();
      if (language == texts.language()) {
        links.append("<strong aria-current=\"true\">").append(label).append("</strong> ");
      } else {
        links.append("<a href=\"/language?lang=").append(language.code()).append("&amp;back=")
            .append(Html.escape(URLEncoder.encode(path, StandardCharsets.UTF_8)))
            .append("\" hreflang=\"").append(language.code()).append("\">").append(label)
            .append("</a> ");
      }
    }
    return links.append("</nav>\n").toString();
  }
}
