package cn.yangguang.kernel.identity.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * An authorization-code sign-in in flight: the state sent to Keycloak, the PKCE verifier and nonce
 * kept here, and where to return. Single use.
 *
 * @param redirectUri the callback URI sent with the authorization request (repeated at exchange)
 * @param returnTo the local path to open after sign-in
 */
public record PendingLogin(
    String state,
    String codeVerifier,
    String nonce,
    String redirectUri,
    String returnTo,
    Instant createdAt) {

  /** How long a sign-in may take, from leaving for Keycloak to coming back. */
  public static final Duration MAX_AGE = Duration.ofMinutes(15);

  /** Whether the sign-in took too long. */
  public boolean staleAt(Instant now) {
    return now.isAfter(createdAt.plus(MAX_AGE));
  }
}
