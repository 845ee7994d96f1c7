package cn.yangguang.web.security;

import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;

/**
 * The browser-session cookie: HttpOnly, SameSite=Lax (sent on top-level navigation back from
 * Keycloak, not on cross-site subrequests), Secure whenever the request came over HTTPS.
 */
public final class SessionCookie {

  /** The cookie's name. */
  public static final String NAME = "yg_session";

  private SessionCookie() {}

  /** A cookie carrying a new session's value. */
  public static NewCookie of(String value, UriInfo uri) {
    return build(value, uri, -1);
  }

  /** A cookie that clears the session cookie. */
  public static NewCookie cleared(UriInfo uri) {
    return build("", uri, 0);
  }

  private static NewCookie build(String value, UriInfo uri, int maxAge) {
    return new NewCookie.Builder(NAME)
        .value(value)
        .path("/")
        .httpOnly(true)
        .secure("https".equals(uri.getBaseUri().getScheme()))
        .sameSite(NewCookie.SameSite.LAX)
        .maxAge(maxAge)
        .build();
  }
}
