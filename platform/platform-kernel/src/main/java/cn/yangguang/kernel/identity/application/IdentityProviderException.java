package cn.yangguang.kernel.identity.application;

/** Keycloak refused a request for a reason other than being down; the message says which. */
public class IdentityProviderException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public IdentityProviderException(String message) {
    super(message);
  }
}
