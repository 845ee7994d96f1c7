package cn.yangguang.web.console;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.catalogue.application.ImportReport;
import cn.yangguang.kernel.persistence.ContainerResources;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Catalogue imports running or recently finished on this node, for the page that shows their
 * progress and then their report.
 *
 * <p>An import runs on the container's managed executor ({@code
 * java:comp/DefaultManagedExecutorService}, looked up by JNDI because {@code @Resource} injection
 * does not reach beans in {@code WEB-INF/lib}), so a large file does not hold the request. The
 * worker gets everything as values (the county's {@link TenantRef}, the actor's name, the rows):
 * the request's scoped beans are gone by the time it runs.
 *
 * <p>Progress lives in this node's memory only: the report of record is the catalogue's own import
 * log, and the changes are in the database once the import says so. Behind a load balancer the
 * progress page needs session affinity, or it answers that it does not know the import (and the
 * list shows the result). Finished imports are kept for {@link #KEEP}; at most one import per
 * county runs at a time on a node. Thread-safe.
 */
@ApplicationScoped
public class CatalogueImports {

  private static final Logger LOG = Logger.getLogger(CatalogueImports.class.getName());

  /** How long a finished import's report stays available. */
  static final Duration KEEP = Duration.ofHours(1);

  /** The most imports kept; the oldest finished ones go first. */
  static final int MAX_KEPT = 200;

  private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();
  private final Clock clock;
  private volatile Executor executor;

  public CatalogueImports() {
    this(Clock.systemUTC(), null);
  }

  /** For tests: a clock and an executor of their choosing. */
  CatalogueImports(Clock clock, Executor executor) {
    this.clock = clock;
    this.executor = executor;
  }

  /**
   * An import as the progress page sees it.
   *
   * @param done rows stored so far (the import reports it now and then)
   * @param total rows in the file
   * @param report the outcome once finished without failure, else null
   * @param incident the incident id of a failure (logged with its cause), else null
   */
  public record Snapshot(
      UUID id,
      String fileName,
      String actor,
      int done,
      int total,
      boolean finished,
      ImportReport report,
      String incident) {

    /** Percent done, 0-100. */
    public int percent() {
      if (finished) {
        return 100;
      }
      return total <= 0 ? 0 : (int) Math.min(99, (long) done * 100 / total);
    }
  }

  /** One import. */
  static final class Job {
    final UUID id = UUID.randomUUID();
    final UUID tenantId;
    final String fileName;
    final String actor;
    final int total;
    final AtomicInteger done = new AtomicInteger();
    final CompletableFuture<ImportReport> result = new CompletableFuture<>();
    volatile String incident;
    volatile Instant finishedAt;

    Job(UUID tenantId, String fileName, String actor, int total) {
      this.tenantId = tenantId;
      this.fileName = fileName;
      this.actor = actor;
      this.total = total;
    }

    boolean finished() {
      return result.isDone();
    }

    Snapshot snapshot() {
      ImportReport report =
          result.isDone() && !result.isCompletedExceptionally() ? result.join() : null;
      return new Snapshot(id, fileName, actor, done.get(), total, finished(), report, incident);
    }
  }

  /**
   * Starts an import unless the county already has one running here.
   *
   * @param total the rows of the file, for the progress bar
   * @param work the import itself, given a consumer of the rows done so far; it must not touch
   *     request-scoped beans
   * @return the import's id, or empty when the county has one running
   */
  public Optional<UUID> start(
      TenantRef tenant,
      String fileName,
      String actor,
      int total,
      Function<IntConsumer, ImportReport> work) {
    Job job;
    synchronized (this) {
      forgetOld();
      boolean busy =
          jobs.values().stream().anyMatch(j -> j.tenantId.equals(tenant.id()) && !j.finished());
      if (busy) {
        return Optional.empty();
      }
      job = new Job(tenant.id(), fileName, actor, total);
      jobs.put(job.id, job);
    }
    try {
      executor().execute(() -> run(job, work));
    } catch (RuntimeException e) {
      jobs.remove(job.id);
      throw e;
    }
    return Optional.of(job.id);
  }

  /** The county's import with this id, if this node knows it. */
  public Optional<Snapshot> find(UUID tenantId, UUID id) {
    Job job = jobs.get(id);
    if (job == null || !job.tenantId.equals(tenantId)) {
      return Optional.empty();
    }
    return Optional.of(job.snapshot());
  }

  /** Waits at most {@code wait} for the import to finish (small files finish at once). */
  public void await(UUID id, Duration wait) {
    Job job = jobs.get(id);
    if (job == null) {
      return;
    }
    try {
      job.result.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // the page shows the failure or the progress
    }
  }

  private void run(Job job, Function<IntConsumer, ImportReport> work) {
    try {
      ImportReport report = work.apply(job.done::set);
      job.done.set(Math.max(job.done.get(), report.rows()));
      job.finishedAt = clock.instant();
      job.result.complete(report);
    } catch (RuntimeException | Error e) {
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "incident " + incident + ": catalogue import " + job.id + " failed", e);
      job.incident = incident;
      job.finishedAt = clock.instant();
      job.result.completeExceptionally(e);
    }
  }

  private void forgetOld() {
    Instant cutoff = clock.instant().minus(KEEP);
    jobs.values()
        .removeIf(j -> j.finished() && j.finishedAt != null && j.finishedAt.isBefore(cutoff));
    while (jobs.size() >= MAX_KEPT) {
      Optional<Job> oldest =
          jobs.values().stream()
              .filter(j -> j.finished() && j.finishedAt != null)
              .min(Comparator.comparing(j -> j.finishedAt));
      if (oldest.isEmpty()) {
        return;
      }
      jobs.remove(oldest.get().id);
    }
  }

  private Executor executor() {
    Executor e = executor;
    if (e == null) {
      try {
        e = ContainerResources.lookup("java:comp/DefaultManagedExecutorService");
      } catch (IllegalStateException unavailable) {
        LOG.warning(
            "no managed executor (" + unavailable.getMessage() + "): imports run in the request");
        e = Runnable::run;
      }
      executor = e;
    }
    return e;
  }
}
