package cn.yangguang.plugins.infrastructure;

import cn.yangguang.api.plugin.PluginSchema;
import cn.yangguang.migrations.PlatformMigrations;
import cn.yangguang.migrations.SchemaLint;
import cn.yangguang.plugins.application.EnablementRefusedException;
import cn.yangguang.plugins.domain.PluginSchemaMigrator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Plugin migrations with Flyway, as the schema owner {@code yg_migrator} (ADR 0036). The schema is
 * created first with the application role's privileges as defaults, so a plugin's tables are usable
 * by {@code yg_app} (under their row-level security) without the plugin granting anything. All
 * pending migrations run in one transaction, and the schema lint runs inside it after each one: a
 * table without a forced {@code tenant_isolation} policy rolls the whole batch back, so a refused
 * plugin leaves nothing behind.
 */
@ApplicationScoped
public class FlywayPluginSchemaMigrator implements PluginSchemaMigrator {

  @Inject
  @ConfigProperty(name = "yg.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "yg.db.migrator.password", defaultValue = "")
  String migratorPassword;

  @Override
  public synchronized int migrate(
      String pluginId, String version, PluginSchema declared, ClassLoader classLoader) {
    String schema = PluginSchemaMigrator.schemaOf(pluginId);
    DataSource owner = owner();
    try {
      prepare(owner, schema);
      int applied =
          Flyway.configure(classLoader)
              .dataSource(owner)
              .schemas(schema)
              .defaultSchema(schema)
              .createSchemas(false)
              .locations("classpath:" + declared.migrations())
              .table("flyway_schema_history")
              .group(true)
              .validateMigrationNaming(true)
              .callbacks(new LintEachMigration(schema))
              .load()
              .migrate()
              .migrationsExecuted;
      record(owner, pluginId, schema, version);
      return applied;
    } catch (FlywayException e) {
      throw new EnablementRefusedException(
          "the migrations of plugin " + pluginId + " failed: " + rootMessage(e));
    } catch (SQLException e) {
      throw new EnablementRefusedException(
          "the schema of plugin " + pluginId + " could not be prepared: " + e.getMessage());
    }
  }

  @Override
  public boolean migratedBefore(String pluginId) {
    try (Connection c = owner().getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT 1 FROM yg.plugin_schema WHERE plugin_id = ?")) {
      ps.setString(1, pluginId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read yg.plugin_schema: " + e.getMessage(), e);
    }
  }

  private static void prepare(DataSource owner, String schema) throws SQLException {
    try (Connection c = owner.getConnection();
        Statement s = c.createStatement()) {
      // the name is derived from the plugin id by schemaOf: [a-z0-9_] only
      s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
      s.execute("REVOKE ALL ON SCHEMA " + schema + " FROM PUBLIC");
      s.execute("GRANT USAGE ON SCHEMA " + schema + " TO yg_app, yg_system");
      s.execute(
          "ALTER DEFAULT PRIVILEGES IN SCHEMA "
              + schema
              + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO yg_app, yg_system");
      s.execute(
          "ALTER DEFAULT PRIVILEGES IN SCHEMA "
              + schema
              + " GRANT USAGE, SELECT ON SEQUENCES TO yg_app, yg_system");
    }
  }

  private static void record(DataSource owner, String pluginId, String schema, String version)
      throws SQLException {
    try (Connection c = owner.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO yg.plugin_schema (plugin_id, schema_name, plugin_version, migrated_at)"
                    + " VALUES (?, ?, ?, now()) ON CONFLICT (plugin_id) DO UPDATE SET"
                    + " plugin_version = EXCLUDED.plugin_version, migrated_at = now()")) {
      ps.setString(1, pluginId);
      ps.setString(2, schema);
      ps.setString(3, version);
      ps.executeUpdate();
    }
  }

  private DataSource owner() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    ds.setUser("yg_migrator");
    ds.setPassword(migratorPassword);
    return ds;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String first = e.getMessage() == null ? "" : e.getMessage().strip();
    String root = t == e || t.getMessage() == null ? "" : " (" + t.getMessage().strip() + ")";
    return first + root;
  }

  /** Runs the schema lint on the migration's own connection, inside its transaction. */
  private static final class LintEachMigration implements Callback {

    private final String schema;

    LintEachMigration(String schema) {
      this.schema = schema;
    }

    @Override
    public boolean supports(Event event, Context context) {
      return event == Event.AFTER_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
      return true;
    }

    @Override
    public void handle(Event event, Context context) {
      List<String> problems =
          new SchemaLint(null)
              .violations(context.getConnection(), schema, PlatformMigrations.SCHEMA);
      if (!problems.isEmpty()) {
        throw new FlywayException(
            "schema lint refused the plugin's tables, tenant isolation is not guaranteed: "
                + String.join("; ", problems));
      }
    }

    @Override
    public String getCallbackName() {
      return "schema-lint";
    }
  }
}
