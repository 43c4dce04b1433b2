package io.github.cookieledger.processor.scan;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import io.github.cookieledger.processor.known.CookieDraft;
import io.github.cookieledger.processor.model.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The declaration an undeclared-cookie message suggests, ready to paste: the annotation by its
 * qualified name where the file imports another {@code Cookie} type (the Servlet API's, JAX-RS's),
 * and the attributes the code shows that differ from {@code @Cookie}'s defaults. For a cookie the
 * Open Cookie Database knows, provider, purpose, category, party and (unless the code sets a
 * maximum age) duration come from the database, as a draft to review.
 */
final class Suggestion {
  private static final String ANNOTATION = "io.github.cookieledger.Cookie";
  /** Packages with a type named {@code Cookie} that a wildcard import brings in. */
  private static final Set<String> COOKIE_PACKAGES = Set.of("jakarta.servlet.http",
      "javax.servlet.http", "jakarta.ws.rs.core", "javax.ws.rs.core", "io.micronaut.http.cookie",
      "io.vertx.core.http", "io.javalin.http", "org.eclipse.jetty.http", "io.undertow.server.handlers",
      "org.springframework.security.web.savedrequest");

  private Suggestion() {}

  /**
   * The suggested declaration for one cookie.
   *
   * @param name the cookie's name
   * @param sink the call that sets it
   * @param draft what the Open Cookie Database says of the name, or null
   * @return {@code @Cookie(name = "...", provider = "...", ...)}
   */
  static String of(String name, CookieSink sink, CookieDraft draft) {
    boolean qualified = sink.imported();
    String prefix = qualified ? "io.github.cookieledger." : "";
    List<String> attributes = new ArrayList<>();
    attributes.add("name = \"" + Message.javaString(name) + "\"");
    if (draft == null) {
      attributes.add("provider = \"...\"");
      attributes.add("purpose = \"...\"");
      attributes.add("category = " + prefix + "Category....");
    } else {
      attributes.add("provider = \"" + Message.javaString(draft.provider()) + "\"");
      attributes.add("purpose = \"" + Message.javaString(draft.purpose()) + "\"");
      attributes.add("category = " + prefix + "Category." + draft.category().name());
      if (draft.thirdParty()) {
        attributes.add("party = " + prefix + "Party.THIRD_PARTY");
      }
    }
    boolean durationSet = false;
    boolean httpOnlySet = false;
    boolean secureSet = false;
    for (CookieUses.Setting setting : sink.uses().settings()) {
      Object value = setting.value();
      switch (setting.attribute()) {
        case HTTP_ONLY -> {
          httpOnlySet = true;
          if (Boolean.FALSE.equals(value)) {
            attributes.add("httpOnly = false");
          }
        }
        case SECURE -> {
          secureSet = true;
          if (Boolean.FALSE.equals(value)) {
            attributes.add("secure = false");
          }
        }
        case PATH -> {
          if (value instanceof String path && !path.equals("/")) {
            attributes.add("path = \"" + Message.javaString(path) + "\"");
          }
        }
        case DOMAIN -> {
          if (value instanceof String domain && !domain.isEmpty()) {
            attributes.add("domain = \"" + Message.javaString(domain) + "\"");
          }
        }
        case MAX_AGE -> {
          if (value instanceof Long seconds && seconds > 0) {
            durationSet = true;
            attributes.add("duration = \"" + duration(seconds) + "\"");
          }
        }
        case SAME_SITE -> {
          if (value instanceof String sameSite && !sameSite.equalsIgnoreCase("lax")
              && Set.of("strict", "none").contains(sameSite.toLowerCase(Locale.ROOT))) {
            attributes.add("sameSite = " + prefix + "SameSite."
                + sameSite.toUpperCase(Locale.ROOT));
          }
        }
        case PARTITIONED -> {
          if (Boolean.TRUE.equals(value)) {
            attributes.add("partitioned = true");
          }
        }
        default -> throw new AssertionError(setting.attribute());
      }
    }
    if (sink.call().servletCookie() && sink.uses().wholeLifeVisible()) {
      // the Servlet API's defaults, which @Cookie's differ from
      if (!httpOnlySet) {
        attributes.add("httpOnly = false");
      }
      if (!secureSet) {
        attributes.add("secure = false");
      }
    }
    if (draft != null && !durationSet && !draft.duration().isEmpty()
        && !draft.duration().equals("session")) {
      attributes.add("duration = \"" + draft.duration() + "\"");
    }
    return "@" + (qualified ? ANNOTATION : "Cookie") + "(" + String.join(", ", attributes) + ")";
  }

  /** A maximum age as the largest whole ISO-8601 unit. */
  static String duration(long seconds) {
    if (seconds % 86_400 == 0) {
      return "P" + seconds / 86_400 + "D";
    }
    if (seconds % 3_600 == 0) {
      return "PT" + seconds / 3_600 + "H";
    }
    if (seconds % 60 == 0) {
      return "PT" + seconds / 60 + "M";
    }
    return "PT" + seconds + "S";
  }

  /** Whether a file imports a type named {@code Cookie} that is not cookieledger's. */
  static boolean importsAnotherCookie(CompilationUnitTree unit) {
    for (ImportTree imported : unit.getImports()) {
      if (imported.isStatic()) {
        continue;
      }
      if (!(imported.getQualifiedIdentifier() instanceof MemberSelectTree selected)) {
        continue; // not a qualified name: an import has none other, a broken file might
      }
      // the last name first: printing every import of every file with a cookie call costs
      String last = selected.getIdentifier().toString();
      if (last.equals("Cookie") && !qualifiedName(selected).equals(ANNOTATION)) {
        return true;
      }
      if (last.equals("*") && COOKIE_PACKAGES.contains(qualifiedName(selected.getExpression()))) {
        return true;
      }
    }
    return false;
  }

  /** {@code a.b.C} from the name's tree, as its source spells it. */
  private static String qualifiedName(Tree name) {
    if (name instanceof MemberSelectTree selected) {
      return qualifiedName(selected.getExpression()) + "." + selected.getIdentifier();
    }
    return name instanceof IdentifierTree first ? first.getName().toString() : name.toString();
  }
}
