package cn.yangguang.casework.domain;

/**
 * A staff member acted on a step bound to a post she does not hold (or a case of a department she
 * does not serve): the API answers 403 and nothing changes.
 */
public class NotYourTaskException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotYourTaskException(String message) {
    super(message);
  }
}
