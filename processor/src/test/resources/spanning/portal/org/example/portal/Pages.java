package org.example.portal;

/** Uses the registry's constants without declaring any cookie: compiled against the registry. */
public class Pages {
  public static String describe() {
    return PortalCookies.SESSIONID.name() + "," + PortalCookies.CSRFTOKEN.name() + ","
        + PortalCookies.DJANGO_LANGUAGE.name() + "," + PortalCookies.MATOMO_ID.name() + ","
        + PortalCookies.all().size();
  }
}
