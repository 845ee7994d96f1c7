package cn.yangguang.kernel.tenancy.application;

/** A checked failure of work run in a tenant transaction, or of the transaction itself. */
public class TenantWorkException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Wraps the cause. */
  public TenantWorkException(String message, Throwable cause) {
    super(message, cause);
  }
}
