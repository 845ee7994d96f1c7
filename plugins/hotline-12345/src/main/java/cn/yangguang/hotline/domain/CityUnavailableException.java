package cn.yangguang.hotline.domain;

/** The prefecture's platform did not answer, or refused a step; the message says which. */
public class CityUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** With the reason. */
  public CityUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
