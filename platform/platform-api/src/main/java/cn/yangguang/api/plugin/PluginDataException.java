package cn.yangguang.api.plugin;

/** A database error in plugin work; the transaction has been (or will be) rolled back. */
public class PluginDataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Wraps the database's error. */
  public PluginDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
