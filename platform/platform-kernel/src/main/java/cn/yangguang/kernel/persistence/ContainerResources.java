package cn.yangguang.kernel.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The application data source (role {@code yg_app}, enlisted in JTA), the user transaction and the
 * transaction synchronization registry. Thread-safe; the objects returned are the container's.
 */
@ApplicationScoped
public class ContainerResources {

  /** JNDI name of the application data source. */
  public static final String APP_DATA_SOURCE = "java:app/jdbc/yangguang";

  /** JNDI name of the system data source (yg_system, BYPASSRLS, not in JTA). */
  public static final String SYSTEM_DATA_SOURCE = "java:app/jdbc/yangguang-system";

  private volatile DataSource app;
  private volatile UserTransaction transaction;
  private volatile TransactionSynchronizationRegistry registry;

  /**
   * The application data source: every connection taken inside a JTA transaction is shared by it.
   */
  public DataSource appDataSource() {
    DataSource ds = app;
    if (ds == null) {
      ds = lookup(APP_DATA_SOURCE);
      app = ds;
    }
    return ds;
  }

  /**
   * The user transaction. The container's object is one per server and acts on the calling thread's
   * transaction, so it is looked up once.
   */
  public UserTransaction userTransaction() {
    UserTransaction ut = transaction;
    if (ut == null) {
      ut = lookup("java:comp/UserTransaction");
      transaction = ut;
    }
    return ut;
  }

  /** The transaction synchronization registry (one per server, thread-aware). */
  public TransactionSynchronizationRegistry registry() {
    TransactionSynchronizationRegistry r = registry;
    if (r == null) {
      r = lookup("java:comp/TransactionSynchronizationRegistry");
      registry = r;
    }
    return r;
  }

  /** Looks up a container object by JNDI name. */
  @SuppressWarnings("unchecked")
  public static <T> T lookup(String name) {
    try {
      return (T) InitialContext.doLookup(name);
    } catch (NamingException e) {
      throw new IllegalStateException("container resource " + name + " is not available", e);
    }
  }
}
