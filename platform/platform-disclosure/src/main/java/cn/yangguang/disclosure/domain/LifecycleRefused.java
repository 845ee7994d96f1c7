package cn.yangguang.disclosure.domain;

import java.util.Objects;

/** A refused change to a document; nothing was changed. */
public class LifecycleRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Reason {
    /** The county has no such document. */
    UNKNOWN_DOCUMENT,
    /** The caller lacks the role that owns the step. */
    NOT_YOUR_ROLE,
    /** The document is not in the status the step starts from. */
    WRONG_STATUS,
    /** The input is invalid (a field names what). */
    INVALID
  }

  private final Reason reason;
  private final String field;

  public LifecycleRefused(Reason reason, String field, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.field = field;
  }

  public LifecycleRefused(Reason reason, String message) {
    this(reason, null, message);
  }

  /** Why it was refused. */
  public Reason reason() {
    return reason;
  }

  /** The input field at fault, or null. */
  public String field() {
    return field;
  }
}
