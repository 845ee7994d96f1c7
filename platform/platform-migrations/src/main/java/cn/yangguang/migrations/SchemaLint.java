package cn.yangguang.migrations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Checks the tenancy invariants of a migrated schema: every table with a {@code tenant_id} column
 * has row-level security enabled and forced, a policy named {@code tenant_isolation}, and only
 * indexes that lead with {@code tenant_id} (tables that also hold shared rows are exempt from the
 * index rule: their shared rows have no tenant to lead with), and so are indexes commented {@code
 * cross-tenant: <why>}, which exist for the named jobs that span tenants under {@code yg_system}.
 *
 * <p>Runs after migrations at every start, in the build's tests, and again whenever a plugin adds
 * tables.
 */
public final class SchemaLint {

  private static final String TABLES_WITH_TENANT_ID =
      """
      SELECT c.oid, n.nspname || '.' || c.relname AS name, c.relrowsecurity, c.relforcerowsecurity,
             EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'tenant_isolation')
               AS has_policy,
             EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'shared_read')
               AS shared
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
       WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY (?)
       ORDER BY 2
      """;

  private static final String INDEXES_NOT_LEADING_WITH_TENANT =
      """
      SELECT i.relname
        FROM pg_index x
        JOIN pg_class i ON i.oid = x.indexrelid
       WHERE x.indrelid = (?::bigint)::oid
         AND NOT (x.indkey[0] = (SELECT attnum FROM pg_attribute WHERE attrelid = x.indrelid
                                   AND attname = 'tenant_id'))
         AND COALESCE(obj_description(x.indexrelid, 'pg_class'), '') NOT LIKE 'cross-tenant:%'
       ORDER BY 1
      """;

  private final DataSource dataSource;

  /**
   * Creates the lint over any data source that can read the catalogue (null when only {@link
   * #violations(Connection, String...)} is used).
   */
  public SchemaLint(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Lists every violation in the given schemas; empty when the schema is sound.
   *
   * @param schemas the schemas to check, e.g. {@code yg} and a plugin's schema
   */
  public List<String> violations(String... schemas) {
    try (Connection c = dataSource.getConnection()) {
      return violations(c, schemas);
    } catch (SQLException e) {
      throw new MigrationFailedException("schema lint could not read the catalogue: " + e, e);
    }
  }

  /**
   * Lists every violation in the given schemas as seen by an open connection, e.g. inside the
   * transaction of a plugin's migrations before it commits. The connection stays open.
   */
  public List<String> violations(Connection c, String... schemas) {
    List<String> problems = new ArrayList<>();
    try (PreparedStatement tables = c.prepareStatement(TABLES_WITH_TENANT_ID)) {
      tables.setArray(1, c.createArrayOf("text", schemas));
      try (ResultSet rs = tables.executeQuery()) {
        while (rs.next()) {
          long oid = rs.getLong("oid");
          String name = rs.getString("name");
          if (!rs.getBoolean("relrowsecurity")) {
            problems.add(name + ": row-level security is not enabled");
          }
          if (!rs.getBoolean("relforcerowsecurity")) {
            problems.add(name + ": row-level security is not forced");
          }
          if (!rs.getBoolean("has_policy")) {
            problems.add(name + ": no tenant_isolation policy");
          }
          if (!rs.getBoolean("shared")) {
            for (String index : indexesNotLeadingWithTenant(c, oid)) {
              problems.add(name + ": index " + index + " does not lead with tenant_id");
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new MigrationFailedException("schema lint could not read the catalogue: " + e, e);
    }
    return problems;
  }

  /**
   * Throws when {@link #violations} finds anything.
   *
   * @throws MigrationFailedException listing every violation
   */
  public void check(String... schemas) {
    List<String> problems = violations(schemas);
    if (!problems.isEmpty()) {
      throw new MigrationFailedException(
          "schema lint failed, tenant isolation is not guaranteed:\n  - "
              + String.join("\n  - ", problems));
    }
  }

  private static List<String> indexesNotLeadingWithTenant(Connection c, long tableOid)
      throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(INDEXES_NOT_LEADING_WITH_TENANT)) {
      ps.setLong(1, tableOid);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    return names;
  }
}
