package cn.yangguang.plugins.domain;

import cn.yangguang.api.plugin.PluginSchema;

/**
 * Runs a plugin's migrations in its own schema, with its own history table, as the schema owner,
 * then the schema lint. Safe to call again: applied migrations are skipped, and two nodes migrating
 * at once are serialized by the migration tool's lock.
 */
public interface PluginSchemaMigrator {

  /**
   * Migrates the plugin's schema to its latest version and lints it.
   *
   * @param pluginId the plugin
   * @param version the plugin's version, recorded with the schema
   * @param schema what the plugin declares
   * @param classLoader the plugin's class loader (its migrations are resources of its jar)
   * @return the number of migrations applied by this call
   * @throws cn.yangguang.plugins.application.EnablementRefusedException when a migration fails or
   *     the lint finds a table that does not keep counties apart
   */
  int migrate(String pluginId, String version, PluginSchema schema, ClassLoader classLoader);

  /** Whether the plugin's schema was ever migrated (the plugin was enabled somewhere). */
  boolean migratedBefore(String pluginId);

  /** The schema name of a plugin: {@code plugin_} and the id, hyphens as underscores. */
  static String schemaOf(String pluginId) {
    return "plugin_" + pluginId.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "_");
  }
}
