package cn.yangguang.migrations;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the platform's migrations (classpath {@code db/platform}) to schema {@code yg}.
 *
 * <p>The data source must connect as the schema owner ({@code yg_migrator}). Flyway takes its own
 * lock, so two nodes starting together migrate once.
 */
public final class PlatformMigrations {

  /** The schema that holds the platform's tables and Flyway's history. */
  public static final String SCHEMA = "yg";

  /** Where the platform's migrations live on the classpath. */
  public static final String LOCATION = "classpath:db/platform";

  private final DataSource ownerDataSource;
  private final String[] locations;

  /** Creates the migrator for a data source connected as the schema owner. */
  public PlatformMigrations(DataSource ownerDataSource) {
    this(ownerDataSource, LOCATION);
  }

  /** Creates a migrator over other locations (tests of failure handling). */
  public PlatformMigrations(DataSource ownerDataSource, String... locations) {
    this.ownerDataSource = ownerDataSource;
    this.locations = locations.clone();
  }

  /**
   * Migrates to the latest version.
   *
   * @return the number of migrations applied by this call
   * @throws MigrationFailedException naming the failing migration when one fails
   */
  public int migrate() {
    try {
      MigrateResult result =
          Flyway.configure(PlatformMigrations.class.getClassLoader())
              .dataSource(ownerDataSource)
              .schemas(SCHEMA)
              .defaultSchema(SCHEMA)
              .createSchemas(true)
              .locations(locations)
              .table("flyway_schema_history")
              .validateMigrationNaming(true)
              .load()
              .migrate();
      return result.migrationsExecuted;
    } catch (FlywayException e) {
      throw new MigrationFailedException("database migration failed: " + describe(e), e);
    }
  }

  /**
   * Flyway's message says which migration and what went wrong over several lines (a checksum
   * mismatch names the version and both checksums); the database's own error is at the root of the
   * causes.
   */
  static String describe(FlywayException e) {
    String message = e.getMessage() == null ? "(no message)" : e.getMessage().strip();
    List<String> lines =
        message.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(8).toList();
    StringBuilder out = new StringBuilder(String.join("\n  ", lines));
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root != e && root.getMessage() != null) {
      out.append("\n  cause: ").append(firstLine(root.getMessage()));
    }
    return out.toString();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "(no message)";
    }
    String trimmed = message.strip();
    int cut = trimmed.indexOf('\n');
    return cut < 0 ? trimmed : trimmed.substring(0, cut) + " ...";
  }
}
