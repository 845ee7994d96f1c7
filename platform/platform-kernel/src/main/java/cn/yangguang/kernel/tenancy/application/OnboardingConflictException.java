package cn.yangguang.kernel.tenancy.application;

/** A manifest that is valid on its own but contradicts the registry (e.g. a slug already taken). */
public class OnboardingConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  /** Creates the exception naming the manifest field at fault. */
  public OnboardingConflictException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The manifest field at fault. */
  public String field() {
    return field;
  }
}
