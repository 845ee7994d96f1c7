package cn.yangguang.web.security;

import cn.yangguang.kernel.identity.application.AccessTokenVerifier;
import cn.yangguang.kernel.identity.application.BrowserSessions;
import cn.yangguang.kernel.identity.application.InvalidTokenException;
import cn.yangguang.kernel.identity.domain.BrowserSession;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's one authentication mechanism (DESIGN: Keycloak authenticates). A request with
 * {@code Authorization: Bearer} is authenticated by that token alone: a realm access token verified
 * as a JWT, or the operator's machine token; a bad token is 401 even on public routes, so a client
 * never silently proceeds as anonymous. Otherwise the browser-session cookie, when it names a live
 * session. Otherwise the request is anonymous, and each route's authorization filter decides.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

  @Inject CallerContext context;
  @Inject AccessTokenVerifier tokens;
  @Inject BrowserSessions sessions;

  @Inject
  @ConfigProperty(name = "yg.operator.token")
  Optional<String> operatorToken;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString("Authorization");
    if (header != null) {
      if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
        throw Refusals.unauthenticated("only bearer tokens are accepted");
      }
      String token = header.substring(7).strip();
      if (isOperatorToken(token)) {
        context.authenticateMachineOperator();
        return;
      }
      try {
        context.authenticate(tokens.verify(token), null);
      } catch (InvalidTokenException e) {
        throw Refusals.invalidToken(e.getMessage());
      }
      return;
    }
    Cookie cookie = request.getCookies().get(SessionCookie.NAME);
    if (cookie != null) {
      Optional<BrowserSession> session = sessions.find(cookie.getValue());
      session.ifPresent(s -> context.authenticate(BrowserSessions.caller(s), s));
    }
  }

  private boolean isOperatorToken(String token) {
    String expected = operatorToken.filter(t -> t.length() >= 16).orElse(null);
    return expected != null
        && MessageDigest.isEqual(
            token.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
