package org.example.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line, the request parsing and the escaping the pages rely on. */
class SmallPartsTest {
  @Test
  void portDefaultsTo8080() {
    assertEquals(8080, PortalMain.port(new String[0]));
    assertEquals(0, PortalMain.port(new String[] {"--port", "0"}));
    assertEquals(9000, PortalMain.port(new String[] {"--port=9000"}));
    assertEquals(-1, PortalMain.port(new String[] {"--help"}));
  }

  @ParameterizedTest
  @ValueSource(strings = {"--port", "--port=x", "--port=70000", "--port=-1", "-p"})
  void aBadCommandLineIsRefused(String arg) {
    assertThrows(IllegalArgumentException.class, () -> PortalMain.port(arg.split(" ")));
  }

  @Test
  void cookieHeadersAreReadAsBrowsersSendThem() {
    RequestCookies cookies = RequestCookies.parse(
        List.of("a=1; b=\"2\"; novalue; a=shadowed; c=x=y", "d=4"));
    assertEquals(List.of("a", "b", "c", "d"), List.copyOf(cookies.names()));
    assertEquals("1", cookies.get("a").orElseThrow());
    assertEquals("2", cookies.get("b").orElseThrow());
    assertEquals("x=y", cookies.get("c").orElseThrow());
    assertEquals(List.of(), List.copyOf(RequestCookies.parse(null).names()));
  }

  @Test
  void formsKeepRepeatedFieldsInOrder() {
    FormData form = FormData.parse("accept=necessary&accept=statistics&back=%2Fx&flag&=e&&n=a+b");
    assertEquals(List.of("necessary", "statistics"), form.all("accept"));
    assertEquals("/x", form.first("back").orElseThrow());
    assertEquals("", form.first("flag").orElseThrow());
    assertEquals("a b", form.first("n").orElseThrow());
    assertEquals(List.of(), form.all("missing"));
    assertThrows(BadRequest.class, () -> FormData.parse("a=%G1"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "<b a=\"x\">'&'</b> | &lt;b a=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;",
    "plain | plain",
  })
  void htmlIsEscaped(String text, String escaped) {
    assertEquals(escaped, Html.escape(text));
  }
}
