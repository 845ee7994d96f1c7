package cn.yangguang.kernel.tenancy.application;

/**
 * A change a county's admin asked for that cannot be made as asked: the field names the offending
 * input, and nothing was changed. The console shows the reason next to that field; the API answers
 * 422 (bad input) or 409 (well-formed but contradicting existing data).
 */
public class ChangeRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String subject;
  private final String field;
  private final boolean conflict;

  /**
   * Creates the exception.
   *
   * @param subject what was being changed, for titles ({@code staff}, {@code structure})
   * @param field the input at fault
   * @param reason what is wrong, for the problem document and the log
   * @param conflict true when the input is well-formed but collides with existing data
   */
  protected ChangeRejectedException(String subject, String field, String reason, boolean conflict) {
    super(reason);
    this.subject = subject;
    this.field = field;
    this.conflict = conflict;
  }

  /** What was being changed. */
  public String subject() {
    return subject;
  }

  /** The input at fault. */
  public String field() {
    return field;
  }

  /** True when the input is well-formed but contradicts existing data (409 rather than 422). */
  public boolean conflict() {
    return conflict;
  }
}
