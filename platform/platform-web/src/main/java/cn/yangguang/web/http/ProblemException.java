package cn.yangguang.web.http;

import java.util.List;

/** Thrown by resources to answer with a specific problem; mapped by {@link ErrorResponses}. */
public class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String title;
  private final transient List<FieldError> errors;

  /** A problem without field errors. */
  public ProblemException(int status, String title, String detail) {
    this(status, title, detail, List.of());
  }

  /** A problem naming the fields at fault. */
  public ProblemException(int status, String title, String detail, List<FieldError> errors) {
    super(detail);
    this.status = status;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  /** 400 for one bad field. */
  public static ProblemException badField(String field, String message) {
    return new ProblemException(
        400, "Invalid input", field + ": " + message, List.of(new FieldError(field, message)));
  }

  /** 404 for something the tenant does not have (or another tenant has: we do not say which). */
  public static ProblemException notFound(String what) {
    return new ProblemException(404, "Not found", what + " not found");
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
