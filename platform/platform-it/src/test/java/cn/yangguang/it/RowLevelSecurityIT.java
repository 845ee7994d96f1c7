package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yangguang.it.Manifests.TestTenant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The database itself enforces tenant isolation for the application role. */
@ExtendWith(TestStack.class)
@Order(10)
class RowLevelSecurityIT {

  static TestTenant a;
  static TestTenant b;
  static DataSource app;

  @BeforeAll
  static void tenants() {
    a = Manifests.fresh("rls-a").onboard("甲县");
    b = Manifests.fresh("rls-b").onboard("乙县");
    app = TestStack.get().appDataSource();
  }

  @Test
  void withoutATenantEveryTenantTableReadsZeroRowsAndNoError() throws SQLException {
    List<String> tables = tenantTables();
    assertThat(tables)
        .contains(
            "yg.department", "yg.township", "yg.village", "yg.stored_file", "yg.code_list_entry");
    try (Connection c = app.getConnection();
        Statement s = c.createStatement()) {
      for (String table : tables) {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
          rs.next();
          assertThat(rs.getLong(1)).as(table).isZero();
        }
      }
    }
    // ... while the demo counties' rows are there for their own tenant
    assertThat(countAs(a.id(), "yg.department")).isEqualTo(1);
  }

  @Test
  void aTenantSeesOnlyItsOwnRows() throws SQLException {
    assertThat(countAs(a.id(), "yg.village")).isEqualTo(1);
    try (Connection c = app.getConnection()) {
      c.setAutoCommit(false);
      bind(c, a.id());
      try (ResultSet rs =
          c.createStatement().executeQuery("SELECT DISTINCT tenant_id FROM yg.department")) {
        List<UUID> seen = new ArrayList<>();
        while (rs.next()) {
          seen.add(rs.getObject(1, UUID.class));
        }
        assertThat(seen).containsExactly(a.id());
      }
      c.rollback();
    }
  }

  @Test
  void aCrossTenantInsertIsRefusedByTheDatabase() throws SQLException {
    try (Connection c = app.getConnection()) {
      c.setAutoCommit(false);
      bind(c, a.id());
      assertThatThrownBy(
              () -> {
                try (PreparedStatement ps =
                    c.prepareStatement(
                        "INSERT INTO yg.department (tenant_id, id, code, name_zh, kind, synthetic, active, sort_order)"
                            + " VALUES (?, ?, 'intruder', '入侵', 'OTHER', true, true, 0)")) {
                  ps.setObject(1, b.id());
                  ps.setObject(2, UUID.randomUUID());
                  ps.executeUpdate();
                }
              })
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("row-level security");
      c.rollback();
    }
    assertThat(countAs(b.id(), "yg.department")).isEqualTo(1);
  }

  @Test
  void withoutATenantNothingCanBeInserted() throws SQLException {
    try (Connection c = app.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO yg.department (tenant_id, id, code, name_zh, kind, synthetic, active, sort_order)"
                    + " VALUES (?, ?, 'orphan', '孤儿', 'OTHER', true, true, 0)")) {
      ps.setObject(1, a.id());
      ps.setObject(2, UUID.randomUUID());
      assertThatThrownBy(ps::executeUpdate).hasMessageContaining("row-level security");
    }
  }

  @Test
  void theTenantSettingDoesNotSurviveCommitOrRollbackOnTheSameConnection() throws SQLException {
    try (Connection c = app.getConnection()) {
      c.setAutoCommit(false);
      bind(c, a.id());
      assertThat(count(c, "yg.department")).isEqualTo(1);
      c.commit();
      assertThat(count(c, "yg.department")).as("after commit").isZero();
      c.commit();
      bind(c, b.id());
      assertThat(count(c, "yg.department")).isEqualTo(1);
      c.rollback();
      assertThat(count(c, "yg.department")).as("after rollback").isZero();
      try (ResultSet rs =
          c.createStatement().executeQuery("SELECT current_setting('app.tenant_id', true)")) {
        rs.next();
        assertThat(rs.getString(1)).isNullOrEmpty();
      }
      c.rollback();
    }
  }

  @Test
  void theApplicationRoleOwnsNothingAndCannotBypassRowLevelSecurity() throws SQLException {
    try (Connection c = app.getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT rolsuper, rolbypassrls, (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON"
                        + " n.oid = c.relnamespace WHERE n.nspname = 'yg' AND c.relowner = r.oid)"
                        + " FROM pg_roles r WHERE rolname = current_user")) {
      rs.next();
      assertThat(rs.getBoolean(1)).isFalse();
      assertThat(rs.getBoolean(2)).isFalse();
      assertThat(rs.getLong(3)).isZero();
    }
    try (Connection c = app.getConnection();
        Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.execute("ALTER TABLE yg.department DISABLE ROW LEVEL SECURITY"))
          .hasMessageContaining("owner");
    }
  }

  static List<String> tenantTables() throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = TestStack.get().migratorDataSource().getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid ="
                        + " c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname ="
                        + " 'tenant_id' WHERE c.relkind IN ('r','p') AND n.nspname = 'yg' ORDER BY 1")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  static long countAs(UUID tenant, String table) throws SQLException {
    try (Connection c = app.getConnection()) {
      c.setAutoCommit(false);
      bind(c, tenant);
      long n = count(c, table);
      c.rollback();
      return n;
    }
  }

  static long count(Connection c, String table) throws SQLException {
    try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static void bind(Connection c, UUID tenant) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT set_config('app.tenant_id', ?, true), set_config('app.province_code', '420000', true)")) {
      ps.setString(1, tenant.toString());
      ps.execute();
    }
  }
}
