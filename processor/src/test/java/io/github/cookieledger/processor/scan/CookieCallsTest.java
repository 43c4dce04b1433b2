package io.github.cookieledger.processor.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cookieledger.processor.model.Message;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

class CookieCallsTest {
  @Test
  void everyEntryIsAQualifiedTypeAndAMemberListedOnce() {
    Set<String> seen = new HashSet<>();
    for (CookieCalls.Call call : CookieCalls.ALL) {
      assertTrue(SourceVersion.isName(call.type()) && call.type().contains("."), call.toString());
      assertTrue(call.isConstructor() || SourceVersion.isIdentifier(call.member()),
          call.toString());
      assertTrue(seen.add(call.type() + "#" + call.member()), "listed twice: " + call);
    }
  }

  @Test
  void aConstructorCallShowsTheTypesSimpleName() {
    assertEquals("Builder",
        new CookieCalls.Call("jakarta.ws.rs.core.NewCookie.Builder", CookieCalls.CONSTRUCTOR, 0,
            CookieCalls.Shape.NAME, 1).simpleName());
    assertEquals("from", new CookieCalls.Call("org.springframework.http.ResponseCookie", "from",
        0, CookieCalls.Shape.NAME, 1).simpleName());
  }

  @Test
  void messagesQuoteNamesAsJavaSource() {
    assertEquals("a\\\"b\\\\c\\u000a", Message.javaString("a\"b\\c\n"));
  }
}
