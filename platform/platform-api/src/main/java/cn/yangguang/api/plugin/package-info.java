/**
 * The extension points a plugin implements and the services the platform hands it. A plugin is a
 * PF4J jar whose manifest names its id, version and the API version it needs ({@code
 * Plugin-Requires: 1.0}); its extensions are classes annotated {@code @org.pf4j.Extension} that
 * implement the interfaces here. The host calls them with a {@link
 * cn.yangguang.api.plugin.PluginContext} (platform services bound to the plugin) and, for work done
 * for one county, a {@link cn.yangguang.api.tenant.TenantRef}; a plugin never reaches CDI, JPA, the
 * PF4J wrapper or another plugin. Every extension point documents when it is called, on which
 * thread, what may be null and what happens when it throws.
 */
package cn.yangguang.api.plugin;
