/**
 * Adapters of the plugin host: the enablement rows in {@code yg.plugin_enablement} (JDBC on the
 * application's data source, under row-level security), and the plugin migrations with Flyway as
 * the schema owner, each plugin in its own schema with its own history table, followed by the
 * platform's schema lint inside the migration's transaction.
 */
package cn.yangguang.plugins.infrastructure;
