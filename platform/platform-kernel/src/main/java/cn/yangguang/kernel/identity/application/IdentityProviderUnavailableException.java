package cn.yangguang.kernel.identity.application;

/**
 * Keycloak could not be reached or answered with a server error. The work that needed it did not
 * happen (nothing was written on our side); retrying once Keycloak is back completes it.
 */
public class IdentityProviderUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public IdentityProviderUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
