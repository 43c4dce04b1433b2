package io.github.cookieledger.processor.scan;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.github.cookieledger.processor.known.CookieDraft;
import io.github.cookieledger.processor.model.LedgerEntry;
import io.github.cookieledger.processor.model.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.tools.Diagnostic;

/**
 * Checks the names the compilation resolved against the declarations and prints the findings,
 * then one summary note, whatever the severity: how many call sites were checked, how many set an
 * undeclared cookie and where a name could not be resolved. javac caps warnings at 100 (or {@code
 * -Xmaxwarns}); the note is not capped, so nothing the scan saw is hidden.
 */
final class ScanReport {
  /** How many unresolved places the note lists by name before "and N more". */
  static final int LISTED = 20;

  private final Trees trees;
  /** Asked for at the first name found: a compilation that sets no cookie never builds it. */
  private final Supplier<DeclaredCookies> declaredSource;
  private DeclaredCookies declared;
  private final Diagnostic.Kind severity;
  private final Function<TreePath, String> where;
  private final Function<javax.lang.model.element.ExecutableElement, String> helperName;
  private final Function<String, Optional<CookieDraft>> draft;
  private int checked;
  private int undeclared;
  private int requests;
  private final TreeSet<Site> unresolved = new TreeSet<>();
  /**
   * What was printed, by file, position, kind and text: names that reach one call argument from
   * several call sites (a constructor passing a constant that three handlers use) would otherwise
   * print the same warning there once per call site.
   */
  private final Set<List<Object>> printed = new HashSet<>();

  ScanReport(Trees trees, Supplier<DeclaredCookies> declared, Diagnostic.Kind severity,
      Function<TreePath, String> where,
      Function<javax.lang.model.element.ExecutableElement, String> helperName,
      Function<String, Optional<CookieDraft>> draft) {
    this.trees = trees;
    this.declaredSource = declared;
    this.severity = severity;
    this.where = where;
    this.helperName = helperName;
    this.draft = draft;
  }

  /** Resolves, checks and reports every sink, in source order. */
  void report(List<CookieSink> sinks, CompilationFlow flow) {
    List<CookieSink> ordered = new ArrayList<>(sinks);
    ordered.sort(Comparator.comparing(CookieSink::name));
    for (CookieSink sink : ordered) {
      if (sink.uses().destination() == CookieUses.Destination.REQUEST) {
        requests++; // a cookie a request carries: the application does not set it
        continue;
      }
      CompilationFlow.Resolution resolution = flow.resolve(sink.terms(), sink.name());
      unresolved.addAll(resolution.unresolved());
      for (CompilationFlow.Found found : resolution.found()) {
        check(found, sink);
      }
      if (resolution.found().isEmpty() && resolution.unresolved().isEmpty()) {
        checked++; // a copy of a cookie the code already had
      }
    }
  }

  private void check(CompilationFlow.Found found, CookieSink sink) {
    checked++;
    if (found.name().isEmpty()) {
      return;
    }
    if (declared == null) {
      declared = declaredSource.get();
    }
    Optional<LedgerEntry> declaration = declared.covering(found.name());
    if (declaration.isEmpty()) {
      undeclared++;
      boolean set = sink.uses().destination() == CookieUses.Destination.RESPONSE;
      Optional<CookieDraft> known = draft.apply(found.name());
      Message message = undeclared(found.helper() != null, set, known.isPresent());
      print(severity, message.text(Message.javaString(found.name()), found.at().where(where),
          Suggestion.of(found.name(), sink, known.orElse(null)),
          found.helper() == null ? "" : helperName.apply(found.helper())), found.at());
      return;
    }
    LedgerEntry entry = declaration.get();
    for (CookieUses.Setting setting : sink.uses().settings()) {
      if (setting.value() != null) {
        setting.attribute().contradiction(entry, setting.value()).ifPresent(c ->
            print(Diagnostic.Kind.WARNING, contradicts(found.name(), entry, c),
                Site.of(trees, sink.creation().path(), setting.at())));
      }
    }
    if (sink.uses().wholeLifeVisible() && sink.call().servletCookie()) {
      servletDefault(found.name(), entry, sink, CodedAttribute.HTTP_ONLY,
          entry.attributes().httpOnly());
      servletDefault(found.name(), entry, sink, CodedAttribute.SECURE, entry.attributes().secure());
    }
  }

  /**
   * The message for an undeclared cookie: reached through a helper or not, set or only created,
   * with a draft from the Open Cookie Database or with blanks to fill in.
   */
  private static Message undeclared(boolean throughHelper, boolean set, boolean drafted) {
    if (drafted) {
      return throughHelper
          ? (set ? Message.UNDECLARED_THROUGH_KNOWN : Message.UNDECLARED_CREATED_THROUGH_KNOWN)
          : (set ? Message.UNDECLARED_KNOWN : Message.UNDECLARED_CREATED_KNOWN);
    }
    return throughHelper
        ? (set ? Message.UNDECLARED_THROUGH : Message.UNDECLARED_CREATED_THROUGH)
        : (set ? Message.UNDECLARED : Message.UNDECLARED_CREATED);
  }

  /** A servlet {@code Cookie} is neither HttpOnly nor Secure unless a setter says so. */
  private void servletDefault(String name, LedgerEntry entry, CookieSink sink,
      CodedAttribute attribute, boolean declaredTrue) {
    if (declaredTrue && !sink.uses().sets(attribute)) {
      Message message = attribute == CodedAttribute.HTTP_ONLY
          ? Message.SERVLET_NOT_HTTP_ONLY : Message.SERVLET_NOT_SECURE;
      print(message.kind(), message.text(Message.javaString(name),
          String.join(", ", entry.declaredBy()), sink.call().type()), sink.creation());
    }
  }

  /** The summary note, or nothing when the compilation has no cookie call at all. */
  Optional<String> summary() {
    if (checked == 0 && unresolved.isEmpty() && requests == 0) {
      return Optional.empty();
    }
    List<String> listed = new ArrayList<>();
    for (Site site : unresolved) {
      if (listed.size() == LISTED) {
        break;
      }
      listed.add(site.location());
    }
    int more = unresolved.size() - listed.size();
    if (unresolved.isEmpty()) {
      return Optional.of(Message.SCAN_SUMMARY.text(checked, undeclared, requests));
    }
    Message message = more == 0 ? Message.SCAN_SUMMARY_UNRESOLVED
        : Message.SCAN_SUMMARY_UNRESOLVED_MORE;
    return Optional.of(message.text(checked, undeclared, requests, unresolved.size(),
        Message.list(listed), more));
  }

  private static String contradicts(String name, LedgerEntry declaration,
      CodedAttribute.Contradiction contradiction) {
    String declaredBy = String.join(", ", declaration.declaredBy());
    return declaration.name().equals(name)
        ? Message.ATTRIBUTE_CONTRADICTS.text(Message.javaString(name), declaredBy,
            contradiction.declared(), contradiction.coded())
        : Message.ATTRIBUTE_CONTRADICTS_PATTERN.text(Message.javaString(name), declaredBy,
            Message.javaString(declaration.name()), contradiction.declared(), contradiction.coded());
  }

  private void print(Diagnostic.Kind kind, String message, Site at) {
    if (printed.add(List.of(at.file(), at.position(), kind, message))) {
      trees.printMessage(kind, message, at.tree(), at.unit());
    }
  }
}
