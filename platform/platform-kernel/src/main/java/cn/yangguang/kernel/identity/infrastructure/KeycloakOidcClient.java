package cn.yangguang.kernel.identity.infrastructure;

import cn.yangguang.kernel.identity.application.BrowserSessions;
import cn.yangguang.kernel.identity.application.InvalidTokenException;
import cn.yangguang.kernel.identity.application.OidcClient;
import cn.yangguang.kernel.identity.domain.PendingLogin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@link OidcClient} against the realm's OIDC endpoints, for the public web client with PKCE. */
@ApplicationScoped
public class KeycloakOidcClient implements OidcClient {

  @Inject KeycloakSettings settings;
  @Inject RealmTokenVerifier verifier;

  private final KeycloakHttp http = new KeycloakHttp();

  @Override
  public URI authorizationUri(PendingLogin login, String uiLocale) {
    return URI.create(
        settings.publicRealmUrl() + "/protocol/openid-connect/auth?" + authParams(login, uiLocale));
  }

  @Override
  public URI registrationUri(PendingLogin login, String uiLocale) {
    return URI.create(
        settings.publicRealmUrl()
            + "/protocol/openid-connect/registrations?"
            + authParams(login, uiLocale));
  }

  private String authParams(PendingLogin login, String uiLocale) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("client_id", settings.webClient());
    q.put("response_type", "code");
    q.put("scope", "openid");
    q.put("redirect_uri", login.redirectUri());
    q.put("state", login.state());
    q.put("nonce", login.nonce());
    q.put("code_challenge", BrowserSessions.challenge(login.codeVerifier()));
    q.put("code_challenge_method", "S256");
    if (uiLocale != null) {
      q.put("ui_locales", uiLocale);
    }
    return KeycloakHttp.form(q);
  }

  @Override
  public SignedIn exchange(PendingLogin login, String code) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("client_id", settings.webClient());
    form.put("code", code);
    form.put("redirect_uri", login.redirectUri());
    form.put("code_verifier", login.codeVerifier());
    KeycloakHttp.Reply r =
        http.postForm(settings.realmUrl() + "/protocol/openid-connect/token", form);
    if (!r.ok()) {
      throw new InvalidTokenException("Keycloak refused the sign-in code (" + r.status() + ")");
    }
    JsonObject tokens = r.json();
    String idToken = tokens.getString("id_token", null);
    if (idToken == null) {
      throw new InvalidTokenException("Keycloak returned no ID token");
    }
    // the access token carries the organizations (the ID token may not): take them from it
    var fromId = verifier.verifyIdToken(idToken, login.nonce());
    var fromAccess = verifier.verify(tokens.getString("access_token"));
    if (!fromId.userId().equals(fromAccess.userId())) {
      throw new InvalidTokenException("ID and access token name different users");
    }
    return new SignedIn(fromAccess, idToken);
  }

  @Override
  public URI logoutUri(String idToken, String returnTo) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("client_id", settings.webClient());
    q.put("post_logout_redirect_uri", returnTo);
    if (idToken != null) {
      q.put("id_token_hint", idToken);
    }
    return URI.create(
        settings.publicRealmUrl() + "/protocol/openid-connect/logout?" + KeycloakHttp.form(q));
  }
}
