package cn.yangguang.api.plugin;

import org.pf4j.ExtensionPoint;

/**
 * Work a plugin does once when the platform starts (check its settings, warm a cache).
 *
 * <p><b>Lifecycle.</b> Called once per node, after the plugin is loaded and before any other of its
 * extensions is used, whether or not any county has the plugin enabled. <b>Threading.</b> Called on
 * the starting thread; it should return within seconds. <b>Nulls.</b> The context is never null.
 * <b>Errors.</b> If it throws, the plugin is marked failed with the exception's message (shown in
 * the console and in {@code /health/ready}'s data), none of its extensions is used on this node,
 * its routes answer 404, and the platform keeps serving.
 */
public interface PluginStartup extends ExtensionPoint {

  /** Starts the plugin. */
  void start(PluginContext context);
}
