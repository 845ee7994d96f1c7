package cn.yangguang.kernel.identity.application;

import cn.yangguang.kernel.identity.domain.PendingLogin;
import java.net.URI;

/**
 * The browser sign-in against the realm: the authorization-code flow with PKCE (S256) for the
 * public web client. Thread-safe.
 */
public interface OidcClient {

  /** Where to send the browser to sign in (Keycloak's authorization endpoint with our request). */
  URI authorizationUri(PendingLogin login, String uiLocale);

  /**
   * Exchanges the code the browser brought back and verifies the ID token (signature, issuer,
   * audience, nonce, lifetime).
   *
   * @return the authenticated caller and the raw ID token
   * @throws InvalidTokenException when the code is refused or the ID token does not verify
   * @throws IdentityProviderUnavailableException when Keycloak cannot be reached
   */
  SignedIn exchange(PendingLogin login, String code);

  /** Where to send the browser to end its Keycloak session, coming back to {@code returnTo}. */
  URI logoutUri(String idToken, String returnTo);

  /** Keycloak's self-registration page for residents, coming back to {@code redirectUri}. */
  URI registrationUri(PendingLogin login, String uiLocale);

  /** The outcome of a code exchange. */
  record SignedIn(Caller caller, String idToken) {}
}
