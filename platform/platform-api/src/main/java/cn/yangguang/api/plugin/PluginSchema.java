package cn.yangguang.api.plugin;

import org.pf4j.ExtensionPoint;

/**
 * The plugin's own tables, created and upgraded by Flyway migrations shipped in the plugin jar.
 *
 * <p>Migrations are SQL files named as Flyway names them ({@code V1__greetings.sql}) in the
 * classpath folder {@link #migrations()}. They run as the schema owner in the plugin's schema
 * ({@link PluginContext#schema()}, the default schema of their connection), with their own history
 * table, when the plugin is first enabled for any county, and again at each start of a node that
 * finds newer ones. Every table with a {@code tenant_id} column must have row-level security
 * enabled and forced with a policy named {@code tenant_isolation} (copy the pattern of the
 * archetype's migration) and grant the application role {@code yg_app} what it needs; otherwise the
 * schema lint refuses to enable the plugin, naming the table.
 *
 * <p><b>Lifecycle.</b> Read when the plugin is enabled and at start. <b>Threading.</b> Any thread.
 * <b>Nulls.</b> Never returns null. <b>Errors.</b> A failing migration refuses the enablement with
 * Flyway's message; the platform keeps serving.
 */
public interface PluginSchema extends ExtensionPoint {

  /** The classpath folder of the migrations inside the plugin jar, e.g. {@code db/hello}. */
  String migrations();
}
