package cn.yangguang.plugins.application;

/** No plugin of that id is installed (or it is not started) on this platform. */
public class PluginNotFoundException extends PluginHostException {

  private static final long serialVersionUID = 1L;

  /** Names the plugin. */
  public PluginNotFoundException(String pluginId, String why) {
    super("plugin " + pluginId + " " + why);
  }
}
