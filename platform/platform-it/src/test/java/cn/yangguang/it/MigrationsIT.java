package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yangguang.launcher.DatabaseAccess;
import cn.yangguang.launcher.LocalStack;
import cn.yangguang.migrations.MigrationFailedException;
import cn.yangguang.migrations.PlatformMigrations;
import cn.yangguang.migrations.SchemaLint;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Migrations from an empty database, the schema lint, and what a failing migration does. */
@ExtendWith(TestStack.class)
@Order(5)
class MigrationsIT {

  @Test
  void migratesAnEmptyDatabaseAndTheLintPasses() throws SQLException {
    DataSource owner = emptyDatabase();
    assertThat(new PlatformMigrations(owner).migrate()).isGreaterThanOrEqualTo(1);
    assertThat(new SchemaLint(owner).violations(PlatformMigrations.SCHEMA)).isEmpty();
    assertThat(new PlatformMigrations(owner).migrate()).as("second run").isZero();
  }

  @Test
  void theLintFindsATenantTableWithoutAForcedPolicy() throws SQLException {
    DataSource owner = emptyDatabase();
    new PlatformMigrations(owner).migrate();
    try (Connection c = owner.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE yg.leaky (tenant_id uuid NOT NULL, id uuid NOT NULL, PRIMARY KEY (id))");
      s.execute(
          "CREATE TABLE yg.half (tenant_id uuid NOT NULL, id uuid, PRIMARY KEY (tenant_id, id))");
      s.execute("ALTER TABLE yg.half ENABLE ROW LEVEL SECURITY");
    }
    assertThat(new SchemaLint(owner).violations(PlatformMigrations.SCHEMA))
        .contains(
            "yg.leaky: row-level security is not enabled",
            "yg.leaky: row-level security is not forced",
            "yg.leaky: no tenant_isolation policy",
            "yg.leaky: index leaky_pkey does not lead with tenant_id",
            "yg.half: row-level security is not forced");
    assertThatThrownBy(() -> new SchemaLint(owner).check(PlatformMigrations.SCHEMA))
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageContaining("yg.leaky");
  }

  @Test
  void aFailingMigrationStopsWithAClearMessageAndLeavesNothingHalfDone() throws SQLException {
    DataSource owner = emptyDatabase();
    assertThatThrownBy(() -> new PlatformMigrations(owner, "classpath:db/broken").migrate())
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageContaining("database migration failed")
        .hasMessageContaining("no_such_table");
    try (Connection c = owner.getConnection();
        ResultSet rs =
            c.createStatement().executeQuery("SELECT to_regclass('yg.ok_table') IS NULL")) {
      rs.next();
      assertThat(rs.getBoolean(1))
          .as("the failed migration's first statement was rolled back")
          .isTrue();
    }
  }

  @Test
  void theEmbeddedDatabaseIsDurableAndOnChinaTime() throws SQLException {
    try (Connection c = TestStack.get().appDataSource().getConnection();
        Statement s = c.createStatement()) {
      for (String[] setting : new String[][] {{"synchronous_commit", "on"}, {"fsync", "on"}}) {
        try (ResultSet rs = s.executeQuery("SHOW " + setting[0])) {
          rs.next();
          assertThat(rs.getString(1)).as(setting[0]).isEqualTo(setting[1]);
        }
      }
    }
  }

  @Test
  void theServersDefaultTimeZoneIsChinas() throws SQLException {
    // JDBC sessions carry the client JVM's zone; the server default is what other clients get.
    try (Connection c = TestStack.get().superuserDataSource().getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT boot_val, reset_val, source FROM pg_settings"
                        + " WHERE name = 'TimeZone'")) {
      rs.next();
      assertThat(rs.getString(3)).isIn("command line", "configuration file", "client");
    }
    try (Connection c = TestStack.get().superuserDataSource().getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery("SELECT setting FROM pg_settings WHERE name = 'log_timezone'")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("Asia/Shanghai");
    }
  }

  /** A new empty database owned by yg_migrator on the test server. */
  static DataSource emptyDatabase() throws SQLException {
    String name = "yg_empty_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    try (Connection c = TestStack.get().superuserDataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name + " OWNER yg_migrator");
    }
    DatabaseAccess db = TestStack.get().database();
    String url = db.jdbcUrl().replace("/yangguang?", "/" + name + "?");
    return LocalStack.dataSource(url, DatabaseAccess.MIGRATOR, db.migratorPassword());
  }
}
