package cn.yangguang.migrations;

/** A migration or the schema lint failed: the platform must not start on this schema. */
public class MigrationFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that says what failed and where. */
  public MigrationFailedException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates the exception with a message that says what failed and where. */
  public MigrationFailedException(String message) {
    super(message);
  }
}
