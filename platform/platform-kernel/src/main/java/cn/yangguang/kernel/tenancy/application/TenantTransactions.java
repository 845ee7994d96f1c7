package cn.yangguang.kernel.tenancy.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.kernel.persistence.ContainerResources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Runs work inside a JTA transaction bound to one tenant.
 *
 * <p>The transaction's first statement sets {@code app.tenant_id} and {@code app.province_code}
 * transaction-locally; PostgreSQL clears them at commit or rollback, so a pooled connection never
 * carries a tenant into the next transaction. Every later statement of the transaction, JPA or
 * JDBC, runs on the same physical connection (the container shares one connection per transaction
 * and resource), so row-level security scopes all of it. Work outside such a transaction sees no
 * tenant rows at all.
 *
 * <p>Nested calls for the same tenant join the running transaction; a nested call for another
 * tenant is a programming error. Thread-safe; the transaction belongs to the calling thread.
 * Asynchronous work must be handed the {@link TenantRef} explicitly and call this again on its own
 * thread.
 */
@ApplicationScoped
public class TenantTransactions {

  private static final String KEY = TenantTransactions.class.getName() + ".tenant";

  @Inject ContainerResources resources;

  /**
   * Calls {@code work} in a transaction of {@code tenant}; commits when it returns, rolls back when
   * it throws (the exception is rethrown unchanged; checked ones wrapped in {@link
   * TenantWorkException}).
   */
  public <T> T call(TenantRef tenant, Callable<T> work) {
    UserTransaction transaction = resources.userTransaction();
    TransactionSynchronizationRegistry registry = resources.registry();
    Optional<TenantRef> running = current();
    if (running.isPresent()) {
      if (!running.get().id().equals(tenant.id())) {
        throw new IllegalStateException(
            "a transaction of tenant "
                + running.get().slug()
                + " cannot run work of "
                + tenant.slug());
      }
      return invoke(work);
    }
    begin(transaction);
    boolean committed = false;
    try {
      registry.putResource(KEY, tenant);
      bind(tenant);
      T result = invoke(work);
      if (transaction.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
        transaction.rollback();
        committed = true; // nothing left to roll back below
        return result;
      }
      transaction.commit();
      committed = true;
      return result;
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new TenantWorkException("the transaction of tenant " + tenant.slug() + " failed", e);
    } finally {
      if (!committed) {
        rollbackQuietly(transaction);
      }
    }
  }

  /** Runs {@code work} in a transaction of {@code tenant}. */
  public void run(TenantRef tenant, Runnable work) {
    call(
        tenant,
        () -> {
          work.run();
          return null;
        });
  }

  /** The tenant of the transaction running on this thread, if it was opened here. */
  public Optional<TenantRef> current() {
    UserTransaction transaction = resources.userTransaction();
    try {
      if (transaction.getStatus() != Status.STATUS_ACTIVE
          && transaction.getStatus() != Status.STATUS_MARKED_ROLLBACK) {
        return Optional.empty();
      }
    } catch (SystemException e) {
      return Optional.empty();
    }
    return Optional.ofNullable((TenantRef) resources.registry().getResource(KEY));
  }

  /**
   * Fails unless a transaction of {@code tenant} is running on this thread: for work that must
   * commit together with its caller's change (an audit entry, an event, a file's metadata).
   *
   * @param purpose what needs the transaction, for the message
   */
  public void requireCurrent(TenantRef tenant, String purpose) {
    if (current().filter(t -> t.id().equals(tenant.id())).isEmpty()) {
      throw new IllegalStateException(
          purpose + " needs a running transaction of tenant " + tenant.slug());
    }
  }

  /**
   * Marks the running tenant transaction for rollback: the work's answer must not claim success.
   */
  public void markRollbackOnly() {
    if (current().isPresent()) {
      resources.registry().setRollbackOnly();
    }
  }

  private void bind(TenantRef tenant) throws SQLException {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT set_config('app.tenant_id', ?, true), set_config('app.province_code', ?, true)")) {
      ps.setString(1, tenant.id().toString());
      ps.setString(2, tenant.provinceCode());
      ps.execute();
    }
  }

  private static void begin(UserTransaction transaction) {
    try {
      transaction.begin();
    } catch (Exception e) {
      throw new TenantWorkException("could not begin a transaction", e);
    }
  }

  private static void rollbackQuietly(UserTransaction transaction) {
    try {
      int status = transaction.getStatus();
      if (status != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (Exception e) {
      // the original failure is what matters; the container discards the transaction anyway
    }
  }

  private static <T> T invoke(Callable<T> work) {
    try {
      return work.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new TenantWorkException("tenant work failed", e);
    }
  }
}
