package cn.yangguang.plugins.application;

/**
 * A plugin cannot be enabled: its migrations failed, or the schema lint found a table that does not
 * keep counties apart. Nothing was enabled.
 */
public class EnablementRefusedException extends PluginHostException {

  private static final long serialVersionUID = 1L;

  /** Says why, for people. */
  public EnablementRefusedException(String message) {
    super(message);
  }
}
