package cn.yangguang.hotline.domain;

/**
 * A request the hotline refuses: bad input (400, naming the field) or a step the ticket's state
 * does not allow (409). Nothing is written when it is thrown.
 */
public class TicketException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final int status;

  /** Bad input in {@code field}: answered 400. */
  public TicketException(String field, String message) {
    this(400, field, message);
  }

  /** A refusal with its HTTP status (404 unknown, 403 not yours, 409 wrong state). */
  public TicketException(int status, String field, String message) {
    super(message);
    this.status = status;
    this.field = field;
  }

  /** The field the refusal is about, or null. */
  public String field() {
    return field;
  }

  /** The HTTP status to answer with. */
  public int status() {
    return status;
  }

  /** A step the ticket's status does not allow. */
  public static TicketException conflict(String message) {
    return new TicketException(409, null, message);
  }
}
