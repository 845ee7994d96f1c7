package cn.yangguang.web.identity;

import cn.yangguang.kernel.identity.application.BrowserSessions;
import cn.yangguang.kernel.identity.application.InvalidTokenException;
import cn.yangguang.kernel.identity.application.OidcClient;
import cn.yangguang.kernel.identity.domain.PendingLogin;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.security.Refusals;
import cn.yangguang.web.security.SessionCookie;
import cn.yangguang.web.view.RequestLocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Locale;

/**
 * Browser sign-in with Keycloak (authorization code + PKCE S256, state and nonce checked, the
 * sign-in in flight kept in PostgreSQL so the callback may reach any node), sign-out (our session
 * first, then Keycloak's), and self-registration for residents.
 */
@Path("")
@RequestScoped
public class SignInResource {

  @Inject BrowserSessions sessions;
  @Inject OidcClient oidc;
  @Inject CallerContext context;

  /** Sends the browser to Keycloak to sign in, coming back to {@code return}. */
  @GET
  @Path("login")
  public Response login(
      @QueryParam("return") String returnTo, @Context UriInfo uri, @Context HttpHeaders headers) {
    PendingLogin login = sessions.begin(callback(uri), localPath(returnTo));
    return redirect(oidc.authorizationUri(login, uiLocale(headers, uri)));
  }

  /** Sends a resident to Keycloak's registration page; she comes back signed in. */
  @GET
  @Path("register")
  public Response register(
      @QueryParam("return") String returnTo, @Context UriInfo uri, @Context HttpHeaders headers) {
    PendingLogin login = sessions.begin(callback(uri), localPath(returnTo));
    return redirect(oidc.registrationUri(login, uiLocale(headers, uri)));
  }

  /** Keycloak's redirect back: exchanges the code, opens the session, returns to where she was. */
  @GET
  @Path("auth/callback")
  public Response callback(
      @QueryParam("code") String code,
      @QueryParam("state") String state,
      @QueryParam("error") String error,
      @Context UriInfo uri) {
    if (error != null) {
      throw Refusals.forbidden("Keycloak did not sign you in: " + error);
    }
    PendingLogin login =
        sessions
            .take(state)
            .orElseThrow(
                () ->
                    Refusals.forbidden(
                        "this sign-in is unknown, used or expired: start again from the page"));
    if (code == null || code.isBlank()) {
      throw Refusals.forbidden("Keycloak sent no authorization code");
    }
    OidcClient.SignedIn signedIn;
    try {
      signedIn = oidc.exchange(login, code);
    } catch (InvalidTokenException e) {
      throw Refusals.forbidden("sign-in failed: " + e.getMessage());
    }
    BrowserSessions.Opened opened = sessions.open(signedIn.caller(), signedIn.idToken());
    return Response.seeOther(URI.create(login.returnTo()))
        .cookie(SessionCookie.of(opened.cookieValue(), uri))
        .cacheControl(noStore())
        .build();
  }

  /** Ends the session here and at Keycloak (a form post carrying the session's CSRF token). */
  @POST
  @Path("logout")
  public Response logout(@Context HttpHeaders headers, @Context UriInfo uri) {
    String idToken = context.session().map(s -> s.idToken()).orElse(null);
    Cookie cookie = headers.getCookies().get(SessionCookie.NAME);
    sessions.close(cookie == null ? null : cookie.getValue());
    URI home = uri.getBaseUriBuilder().path("/").build();
    URI target = context.session().isPresent() ? oidc.logoutUri(idToken, home.toString()) : home;
    return Response.seeOther(target)
        .cookie(SessionCookie.cleared(uri))
        .cacheControl(noStore())
        .build();
  }

  private static String callback(UriInfo uri) {
    return uri.getBaseUriBuilder().path("auth/callback").build().toString();
  }

  /** Only a path on this site: never an absolute or protocol-relative URL (open redirect). */
  static String localPath(String returnTo) {
    if (returnTo == null
        || !returnTo.startsWith("/")
        || returnTo.startsWith("//")
        || returnTo.contains("\\")
        || returnTo.length() > 400) {
      return "/";
    }
    return returnTo;
  }

  private static String uiLocale(HttpHeaders headers, UriInfo uri) {
    Locale l = RequestLocale.of(headers, uri);
    return l.getLanguage().equals("en") ? "en" : "zh-CN";
  }

  private static Response redirect(URI target) {
    return Response.seeOther(target).cacheControl(noStore()).build();
  }

  private static CacheControl noStore() {
    CacheControl c = new CacheControl();
    c.setNoStore(true);
    return c;
  }
}
