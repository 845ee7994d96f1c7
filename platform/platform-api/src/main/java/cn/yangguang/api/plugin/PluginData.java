package cn.yangguang.api.plugin;

import cn.yangguang.api.tenant.TenantRef;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Database access for one county. The connection runs as the platform's application role under
 * row-level security with the county set, so rows of other counties are invisible and cannot be
 * written.
 *
 * <p>Thread-safe. Calls inside an HTTP request of a plugin route join the request's transaction
 * (which commits when the resource method returns and rolls back when it throws); elsewhere each
 * call is its own transaction. Do not keep the connection after {@code work} returns, and do not
 * commit, roll back or change auto-commit on it.
 */
public interface PluginData {

  /**
   * Runs {@code work} in a transaction of {@code tenant}.
   *
   * @param tenant the county, not null
   * @param work the statements, not null; its result may be null
   * @return what {@code work} returned
   * @throws PluginDataException when {@code work} throws an {@link SQLException} (the transaction
   *     rolls back)
   * @throws IllegalStateException when called inside a transaction of another county
   */
  <T> T inTenant(TenantRef tenant, SqlWork<T> work);

  /** Statements run on one connection. */
  @FunctionalInterface
  interface SqlWork<T> {
    /** Runs the statements; may return null. */
    T run(Connection connection) throws SQLException;
  }
}
