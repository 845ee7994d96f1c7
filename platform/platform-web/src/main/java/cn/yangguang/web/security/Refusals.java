package cn.yangguang.web.security;

import cn.yangguang.web.http.FieldError;
import cn.yangguang.web.http.ProblemException;
import java.util.List;

/**
 * The refusals of authentication and authorization, each with a body that says what is missing (the
 * error contract of ADR 0006) and, for 401, the {@code WWW-Authenticate} challenge.
 */
public final class Refusals {

  private Refusals() {}

  /** 401: no credentials where the route needs them. */
  public static ProblemException unauthenticated(String detail) {
    return new Challenge(
        "Bearer realm=\"yangguang\"", "Authentication required", detail, List.of());
  }

  /** 401: a bearer token that does not verify. */
  public static ProblemException invalidToken(String reason) {
    return new Challenge(
        "Bearer realm=\"yangguang\", error=\"invalid_token\", error_description=\""
            + reason.replace("\"", "'")
            + "\"",
        "Invalid token",
        "the bearer token was refused: " + reason,
        List.of(new FieldError("Authorization", reason)));
  }

  /** 403: authenticated, but not allowed here. */
  public static ProblemException forbidden(String detail) {
    return new ProblemException(403, "Forbidden", detail);
  }

  /** A 401 problem carrying its challenge header. */
  public static final class Challenge extends ProblemException {

    private static final long serialVersionUID = 1L;

    private final String challenge;

    Challenge(String challenge, String title, String detail, List<FieldError> errors) {
      super(401, title, detail, errors);
      this.challenge = challenge;
    }

    /** The {@code WWW-Authenticate} value. */
    public String challenge() {
      return challenge;
    }
  }
}
