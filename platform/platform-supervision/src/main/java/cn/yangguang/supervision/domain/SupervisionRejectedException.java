package cn.yangguang.supervision.domain;

/**
 * A supervision action refused: bad input (naming its field) or a conflict with the current state.
 * Nothing was changed.
 */
public class SupervisionRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final boolean conflict;

  private SupervisionRejectedException(String field, String message, boolean conflict) {
    super(message);
    this.field = field;
    this.conflict = conflict;
  }

  /** Bad input in a field (422). */
  public static SupervisionRejectedException invalid(String field, String message) {
    return new SupervisionRejectedException(field, field + " " + message, false);
  }

  /** Not possible in the current state (409). */
  public static SupervisionRejectedException conflict(String message) {
    return new SupervisionRejectedException(null, message, true);
  }

  /** Nothing of that id in the county (404). */
  public static SupervisionRejectedException notFound(String what) {
    return new SupervisionRejectedException("id", "no " + what, false) {
      private static final long serialVersionUID = 1L;

      @Override
      public boolean missing() {
        return true;
      }
    };
  }

  public String field() {
    return field;
  }

  public boolean conflict() {
    return conflict;
  }

  /** Whether the subject does not exist. */
  public boolean missing() {
    return false;
  }

  /** Checks a required text of at most {@code max} characters; returns it stripped. */
  public static String text(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw invalid(field, "is required");
    }
    String v = value.strip();
    if (v.length() > max) {
      throw invalid(field, "is longer than " + max + " characters");
    }
    return v;
  }
}
