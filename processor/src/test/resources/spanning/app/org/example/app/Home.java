package org.example.app;

/** Uses both registries. */
public class Home {
  public static String cookies() {
    return CookieRegistry.SESSIONID.name() + ","
        + com.example.widgets.LibraryCookies.WIDGET_TRACKER.name();
  }
}
