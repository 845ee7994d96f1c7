package cn.yangguang.kernel.identity.application;

/**
 * Verifies a bearer access token issued by the realm: signature against the realm's published keys,
 * issuer, client, token type and lifetime (against the platform clock).
 *
 * <p>Thread-safe; called on every request that carries a bearer token. Implementations cache the
 * realm's keys and refetch them when a token names an unknown key (key rotation).
 */
public interface AccessTokenVerifier {

  /**
   * Returns the caller the token stands for.
   *
   * @param token the compact JWT, never null
   * @throws InvalidTokenException with a reason fit to show the client (expired, wrong issuer, bad
   *     signature, ...)
   * @throws IdentityProviderUnavailableException when the keys cannot be fetched
   */
  Caller verify(String token);
}
