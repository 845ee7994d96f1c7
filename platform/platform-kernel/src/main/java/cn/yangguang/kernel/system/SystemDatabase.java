package cn.yangguang.kernel.system;

import cn.yangguang.kernel.persistence.ContainerResources;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Connections as {@code yg_system} (BYPASSRLS), outside JTA: each user manages its own JDBC
 * transaction and writes its audit entry on the same connection, so the change and its record
 * commit together.
 */
@ApplicationScoped
public class SystemDatabase {

  private volatile DataSource dataSource;

  /** Work on a {@code yg_system} connection inside one JDBC transaction. */
  @FunctionalInterface
  public interface Work<T> {
    /** Does the work; throwing rolls the transaction back. */
    T run(Connection c) throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
   *
   * @param what the work, for the error message
   */
  public <T> T transaction(String what, Work<T> work) {
    try (Connection c = open()) {
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(what + " failed: " + e.getMessage(), e);
    }
  }

  /** A new connection with auto-commit off; the caller commits or rolls back and closes it. */
  public Connection open() throws SQLException {
    DataSource ds = dataSource;
    if (ds == null) {
      ds = ContainerResources.lookup(ContainerResources.SYSTEM_DATA_SOURCE);
      dataSource = ds;
    }
    Connection c = ds.getConnection();
    c.setAutoCommit(false);
    return c;
  }
}
