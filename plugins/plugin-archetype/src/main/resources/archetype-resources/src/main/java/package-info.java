/**
 * The ${pluginId} plugin: its extensions (routes, schema, console entry), the resource that serves
 * a county's requests, and its domain record. Everything it uses of the platform comes through
 * {@code cn.yangguang.api.plugin}.
 */
package ${package};
