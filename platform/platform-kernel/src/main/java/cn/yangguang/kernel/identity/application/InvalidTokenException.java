package cn.yangguang.kernel.identity.application;

/** A bearer token that does not prove who the caller is; the message says why, for the client. */
public class InvalidTokenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidTokenException(String reason) {
    super(reason);
  }
}
