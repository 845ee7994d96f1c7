package cn.yangguang.api.storage;

/**
 * Content the store refuses to keep. {@link #reason()} is a stable machine-readable code; the
 * message is for people.
 */
public class FileRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a file was refused. */
  public enum Reason {
    /** No bytes at all. */
    EMPTY,
    /** More bytes than the configured limit. */
    TOO_LARGE,
    /** The sniffed content type is not on the allowed list. */
    TYPE_NOT_ALLOWED
  }

  private final Reason reason;

  /** Creates the exception with a reason code and a message for people. */
  public FileRejectedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** The reason code. */
  public Reason reason() {
    return reason;
  }
}
