package cn.yangguang.plugins.application;

/** A refusal of the plugin host that the caller can act on; the web layer maps it to a status. */
public abstract class PluginHostException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Says why, for people. */
  protected PluginHostException(String message) {
    super(message);
  }
}
