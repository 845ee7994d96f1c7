package cn.yangguang.kernel.system;

import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.kernel.audit.AuditKeys;
import cn.yangguang.kernel.outbox.OutboxEvent;
import cn.yangguang.kernel.outbox.OutboxListener;
import cn.yangguang.kernel.persistence.ContainerResources;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The named jobs that span tenants, scheduled on the container's managed executor. The clock sweep,
 * the audit chainer and the anchoring run on one node at a time (a PostgreSQL advisory lock is
 * their lease); the outbox tailer runs on every node, since each node's listeners need the events.
 */
@ApplicationScoped
public class SystemJobs {

  private static final Logger LOG = Logger.getLogger(SystemJobs.class.getName());

  /** Job names, for the operator's run-now route. */
  public static final List<String> NAMES = List.of("clock-sweep", "audit-chain", "audit-anchor");

  private static final Map<String, Long> LEASES =
      Map.of("clock-sweep", 7726101L, "audit-chain", 7726102L, "audit-anchor", 7726103L);

  @Inject SystemDatabase database;
  @Inject PlatformClock clock;
  @Inject AuditKeys keys;
  @Inject Instance<OutboxListener> listeners;

  @Inject
  @ConfigProperty(name = "yg.jobs.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "yg.jobs.sweep-seconds", defaultValue = "15")
  long sweepSeconds;

  @Inject
  @ConfigProperty(name = "yg.audit.anchor-seconds", defaultValue = "60")
  long anchorSeconds;

  private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();
  private final OutboxReader outbox = new OutboxReader();
  private volatile long outboxPosition = -1;

  /** Schedules every job (once, at application start). */
  public synchronized void start() {
    if (!enabled || !scheduled.isEmpty()) {
      return;
    }
    ManagedScheduledExecutorService executor =
        ContainerResources.lookup("java:comp/DefaultManagedScheduledExecutorService");
    scheduled.add(
        executor.scheduleWithFixedDelay(
            () -> quietly("clock-sweep"), 5, sweepSeconds, TimeUnit.SECONDS));
    scheduled.add(
        executor.scheduleWithFixedDelay(() -> quietly("audit-chain"), 3, 5, TimeUnit.SECONDS));
    scheduled.add(
        executor.scheduleWithFixedDelay(
            () -> quietly("audit-anchor"), 10, anchorSeconds, TimeUnit.SECONDS));
    scheduled.add(
        executor.scheduleWithFixedDelay(this::tailQuietly, 1000, 500, TimeUnit.MILLISECONDS));
  }

  /**
   * Makes this node's outbox listeners receive every event committed from now on, although the
   * tailer's first run comes later: an index rebuilt from the database after this call then misses
   * nothing that commits while it is rebuilt or before the tailer runs. Idempotent.
   */
  public synchronized void markOutboxHead() {
    if (outboxPosition >= 0) {
      return;
    }
    try (Connection c = database.open()) {
      outboxPosition = outbox.head(c);
      c.commit();
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "outbox head not read; the tailer reads it on its first run", e);
    }
  }

  /** Cancels the schedules (application stop). */
  public synchronized void stop() {
    scheduled.forEach(f -> f.cancel(false));
    scheduled.clear();
  }

  /**
   * Runs a job now on this node, waiting for its lease.
   *
   * @return what it did, for people
   */
  public String run(String name) throws SQLException {
    try (Connection c = database.open()) {
      lock(c, LEASES.get(name));
      try {
        return switch (name) {
          case "clock-sweep" -> {
            ClockSweep.Result r = new ClockSweep(10_000).sweep(c, clock.now());
            yield r.visited() + " clocks due, " + r.changed() + " level changes";
          }
          case "audit-chain" ->
              new AuditChainer(keys.hashAlgorithm(), 1000).chainAll(c, clock.now())
                  + " entries chained";
          case "audit-anchor" ->
              new AuditAnchoring(keys.signer()).anchorAll(c, clock.now()) + " anchors signed";
          default -> throw new IllegalArgumentException("no job " + name);
        };
      } finally {
        unlock(c, LEASES.get(name));
      }
    }
  }

  private void quietly(String name) {
    try (Connection c = database.open()) {
      if (!tryLock(c, LEASES.get(name))) {
        return; // another node holds the lease
      }
      unlock(c, LEASES.get(name));
      String result = run(name);
      if (!result.startsWith("0 ")) {
        LOG.fine(name + ": " + result);
      }
    } catch (Exception e) {
      LOG.log(Level.WARNING, "system job " + name + " failed; it runs again on schedule", e);
    }
  }

  private void tailQuietly() {
    try (Connection c = database.open()) {
      if (outboxPosition < 0) {
        outboxPosition = outbox.head(c); // node-local listeners start from now
        c.commit();
        return;
      }
      List<OutboxEvent> events = outbox.after(c, outboxPosition, 500);
      c.commit();
      for (OutboxEvent e : events) {
        for (OutboxListener l : listeners) {
          if (l.accepts(e.type())) {
            try {
              l.on(e);
            } catch (RuntimeException failure) {
              LOG.log(
                  Level.WARNING,
                  "outbox listener " + l.getClass().getName() + " failed on " + e.id(),
                  failure);
            }
          }
        }
        outboxPosition = e.position();
      }
    } catch (Exception e) {
      LOG.log(Level.WARNING, "outbox tailing failed; it retries", e);
    }
  }

  private static boolean tryLock(Connection c, long key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      ps.setLong(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        boolean got = rs.getBoolean(1);
        c.commit();
        return got;
      }
    }
  }

  private static void lock(Connection c, long key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
      ps.setLong(1, key);
      ps.execute();
      c.commit();
    }
  }

  private static void unlock(Connection c, long key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      ps.setLong(1, key);
      ps.execute();
      c.commit();
    }
  }
}
