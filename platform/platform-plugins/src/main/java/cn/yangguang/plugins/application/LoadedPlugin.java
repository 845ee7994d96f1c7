package cn.yangguang.plugins.application;

import cn.yangguang.api.plugin.ConsoleEntries;
import cn.yangguang.api.plugin.EventListener;
import cn.yangguang.api.plugin.PluginContext;
import cn.yangguang.api.plugin.PluginRoles;
import cn.yangguang.api.plugin.PluginSchema;
import cn.yangguang.api.plugin.ScheduledJob;
import cn.yangguang.api.plugin.WebResources;
import cn.yangguang.plugins.domain.InstalledPlugin;
import java.util.List;
import java.util.Optional;

/**
 * A plugin as the host keeps it after start: its state and the extensions it contributes. The
 * extension lists are fixed at start (plugins are not loaded or unloaded at run time).
 *
 * @param plugin the installed plugin and its state
 * @param classLoader the plugin's class loader (migrations are read through it)
 * @param context the context handed to the plugin's extensions
 * @param web the plugin's HTTP resources (empty when it has none or did not start)
 * @param schema the plugin's migrations, if it has tables
 * @param roles the roles it declares
 * @param console its console entries
 * @param jobs its scheduled jobs
 * @param listeners its outbox event listeners
 */
public record LoadedPlugin(
    InstalledPlugin plugin,
    ClassLoader classLoader,
    PluginContext context,
    List<WebResources> web,
    Optional<PluginSchema> schema,
    List<PluginRoles.Role> roles,
    List<ConsoleEntries> console,
    List<ScheduledJob> jobs,
    List<EventListener> listeners) {

  /** The plugin's id. */
  public String id() {
    return plugin.id();
  }
}
