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
