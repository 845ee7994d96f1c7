package cn.yangguang.catalogue.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.catalogue.domain.ItemRepository;
import cn.yangguang.catalogue.domain.ServiceItem;
import cn.yangguang.kernel.audit.AuditTrail;
import cn.yangguang.kernel.outbox.Outbox;
import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantDirectory;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps each node's search index true to the database, beyond the outbox feed.
 *
 * <ul>
 *   <li><b>Rebuild on request.</b> A county admin or an operator asks; this node rebuilds the
 *       county's index from the database in the background (progress readable with {@link
 *       #status}), and a {@value #REBUILD} event on the outbox makes every other node do the same.
 *       A rebuild also counts how many entries of the old index were wrong (missing, stale version,
 *       or an item no longer published), so a drift becomes visible.
 *   <li><b>Reconcile on a schedule.</b> Every {@code yg.catalogue.reconcile-seconds} each node
 *       compares its index with the published versions in the database and corrects what differs,
 *       so an outbox event this node missed (a failed listener, an event older than the node's
 *       start position) cannot leave the index stale for longer than one period.
 * </ul>
 *
 * <p>Progress is this node's, kept in memory (like import progress): the index itself is per node.
 * The index is never a record: every hit is re-read from the database before it is shown, so a
 * moment of drift costs recall, never a wrong answer.
 */
@ApplicationScoped
public class CatalogueIndexMaintenance {

  private static final Logger LOG = Logger.getLogger(CatalogueIndexMaintenance.class.getName());

  /** Outbox event type asking every node to rebuild a county's index. */
  public static final String REBUILD = "catalogue.index.rebuild";

  /** This node, so that it does not rebuild twice on its own request. */
  static final String NODE = UUID.randomUUID().toString();

  @Inject TenantTransactions transactions;
  @Inject TenantDirectory tenants;
  @Inject ItemRepository items;
  @Inject ItemSearch search;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;
  @Inject PlatformClock clock;
  @Inject ContainerResources resources;

  @Inject
  @ConfigProperty(name = "yg.catalogue.reconcile-seconds", defaultValue = "300")
  long reconcileSeconds;

  private final Map<UUID, Status> statuses = new ConcurrentHashMap<>();
  private volatile ScheduledFuture<?> reconciling;

  /**
   * This node's index of a county and its last rebuild.
   *
   * @param state {@code NONE} (no rebuild asked for since start), {@code RUNNING}, {@code DONE} or
   *     {@code FAILED}
   * @param done items indexed so far by the running or last rebuild
   * @param total items the running or last rebuild indexes
   * @param corrected entries of the old index that were wrong (known when done)
   * @param indexed items in the index now
   */
  public record Status(
      String state,
      int done,
      int total,
      int corrected,
      int indexed,
      Instant startedAt,
      Instant finishedAt,
      String startedBy) {

    static Status none() {
      return new Status("NONE", 0, 0, 0, 0, null, null, null);
    }

    Status withIndexed(int n) {
      return new Status(state, done, total, corrected, n, startedAt, finishedAt, startedBy);
    }

    /** Whether a rebuild is running. */
    public boolean running() {
      return "RUNNING".equals(state);
    }

    /** Percentage done, 0-100. */
    public int percent() {
      return total == 0 ? (running() ? 0 : 100) : (int) (100L * done / total);
    }
  }

  /** This node's status for the county. */
  public Status status(TenantRef tenant) {
    return statuses
        .getOrDefault(tenant.id(), Status.none())
        .withIndexed(search.indexed(tenant).size());
  }

  /**
   * Starts a rebuild of the county's index on this node in the background and asks every other node
   * to rebuild too; audited.
   *
   * @return false when a rebuild of the county is already running on this node (nothing started)
   */
  public boolean requestRebuild(TenantRef tenant, String actor) {
    Status before = statuses.get(tenant.id());
    if (before != null && before.running()) {
      return false;
    }
    String detail = Json.createObjectBuilder().add("node", NODE).build().toString();
    transactions.run(
        tenant,
        () -> {
          audit.record(tenant, actor, null, "catalogue-index", tenant.slug(), REBUILD, detail);
          outbox.publish(tenant, REBUILD, "catalogue-index", tenant.slug(), detail);
        });
    ManagedExecutorService executor =
        ContainerResources.lookup("java:comp/DefaultManagedExecutorService");
    statuses.put(tenant.id(), new Status("RUNNING", 0, 0, 0, 0, clock.now(), null, actor));
    try {
      executor.execute(() -> rebuildQuietly(tenant, actor));
    } catch (RuntimeException e) {
      statuses.put(tenant.id(), new Status("FAILED", 0, 0, 0, 0, clock.now(), clock.now(), actor));
      throw e;
    }
    return true;
  }

  /** Handles another node's {@value #REBUILD} request (this node's own is already running). */
  public void onRebuildRequested(TenantRef tenant, String payloadJson) {
    if (payloadJson == null || !payloadJson.contains(NODE)) {
      rebuildQuietly(tenant, "outbox");
    }
  }

  /**
   * Rebuilds this node's index of the county from the database now, in the calling thread.
   *
   * @return the finished status
   */
  public Status rebuild(TenantRef tenant, String actor) {
    Instant started = clock.now();
    statuses.put(tenant.id(), new Status("RUNNING", 0, 0, 0, 0, started, null, actor));
    try {
      Map<String, Integer> before = search.indexed(tenant);
      List<ServiceItem> published = transactions.call(tenant, () -> items.allPublished());
      int total = published.size();
      int corrected = drift(before, published).size();
      search.rebuild(
          tenant,
          published,
          n ->
              statuses.put(
                  tenant.id(), new Status("RUNNING", n, total, 0, 0, started, null, actor)));
      Status done = new Status("DONE", total, total, corrected, 0, started, clock.now(), actor);
      statuses.put(tenant.id(), done);
      return done;
    } catch (RuntimeException e) {
      Status s = statuses.get(tenant.id());
      statuses.put(
          tenant.id(),
          new Status("FAILED", s.done(), s.total(), 0, 0, started, clock.now(), actor));
      throw e;
    }
  }

  /**
   * Corrects what differs between this node's index of the county and the database: missing or
   * stale items are indexed, items no longer published removed.
   *
   * @return the number of corrected entries
   */
  public int reconcile(TenantRef tenant) {
    // the index is read first: a change the feeder applies meanwhile is then either already in
    // the database list or put right by the next run
    Map<String, Integer> indexed = search.indexed(tenant);
    Drift d = drift(indexed, transactions.call(tenant, () -> items.allPublished()));
    d.stale().forEach(i -> search.index(tenant, i));
    d.gone().forEach(key -> search.remove(tenant, key));
    return d.size();
  }

  /** Schedules the periodic reconciliation of every county's index on this node (once). */
  public synchronized void startReconciling() {
    if (reconciling != null || reconcileSeconds <= 0) {
      return;
    }
    ManagedScheduledExecutorService executor =
        ContainerResources.lookup("java:comp/DefaultManagedScheduledExecutorService");
    reconciling =
        executor.scheduleWithFixedDelay(
            this::reconcileAll, reconcileSeconds, reconcileSeconds, TimeUnit.SECONDS);
  }

  /** Stops the schedule (application stop). */
  @PreDestroy
  public synchronized void stopReconciling() {
    Optional.ofNullable(reconciling).ifPresent(f -> f.cancel(false));
    reconciling = null;
  }

  /**
   * The registered counties, for work on the container's own threads (the outbox tailer, the
   * schedule). The directory reloads its snapshot through JPA now and then, and outside a request
   * the container's entity manager works only inside a transaction, so the lookup gets a read-only
   * one of its own (without it, every lookup after the first failed on a closed entity manager).
   */
  public List<ResolvedTenant> counties() {
    UserTransaction tx = resources.userTransaction();
    try {
      tx.begin();
      try {
        return tenants.all();
      } finally {
        tx.rollback();
      }
    } catch (NotSupportedException | SystemException e) {
      throw new IllegalStateException("no transaction for the county lookup: " + e, e);
    }
  }

  private void reconcileAll() {
    List<ResolvedTenant> all;
    try {
      all = counties();
    } catch (RuntimeException e) {
      // a failed run must not end the schedule: the next period tries again
      LOG.log(Level.WARNING, "reconciling the search indexes: no county list", e);
      return;
    }
    for (ResolvedTenant t : all) {
      try {
        int n = reconcile(t.ref());
        if (n > 0) {
          LOG.warning(
              "search index of " + t.ref().slug() + ": " + n + " entries corrected by reconciling");
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "reconciling the index of " + t.ref().slug() + " failed", e);
      }
    }
  }

  private void rebuildQuietly(TenantRef tenant, String actor) {
    try {
      Status s = rebuild(tenant, actor);
      LOG.info(
          "search index of "
              + tenant.slug()
              + " rebuilt: "
              + s.total()
              + " items, "
              + s.corrected()
              + " entries were wrong");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "rebuilding the index of " + tenant.slug() + " failed", e);
    }
  }

  /**
   * Where an index differs from the published versions.
   *
   * @param stale published items missing from the index or indexed with another version
   * @param gone keys in the index of items no longer published
   */
  record Drift(List<ServiceItem> stale, List<String> gone) {
    int size() {
      return stale.size() + gone.size();
    }
  }

  static Drift drift(Map<String, Integer> indexed, List<ServiceItem> published) {
    List<ServiceItem> stale = new ArrayList<>();
    Set<String> live = new HashSet<>();
    for (ServiceItem i : published) {
      live.add(i.key());
      Integer v = indexed.get(i.key());
      if (v == null || v != i.version()) {
        stale.add(i);
      }
    }
    List<String> gone = indexed.keySet().stream().filter(k -> !live.contains(k)).sorted().toList();
    return new Drift(stale, gone);
  }
}
