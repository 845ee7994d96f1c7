/**
 * The plugin host's services: {@link cn.yangguang.plugins.application.PluginHost} loads the plugins
 * of the plugins folder once at start (installing or upgrading takes a restart), refuses those that
 * need another API version, starts the others and isolates any that throws; {@link
 * cn.yangguang.plugins.application.PluginEnablements} enables and disables a plugin for a county
 * (running the plugin's migrations and the schema lint before the first enablement succeeds) and
 * answers, on every request, whether a county has it enabled.
 */
package cn.yangguang.plugins.application;
