package cn.yangguang.plugins.application;

import cn.yangguang.api.plugin.ScheduledJob;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.plugins.domain.CountyRegistry;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the plugins' {@link ScheduledJob}s: once per interval on the whole platform, on whichever
 * node takes the job's lease (a PostgreSQL advisory lock held for the run), county by county in
 * each county's own transaction, only for active counties that have the plugin enabled (ADR 0038).
 * When a job last started is kept in {@code yg.plugin_job_run}, so the interval holds across nodes.
 */
@ApplicationScoped
public class PluginJobs {

  private static final Logger LOG = Logger.getLogger(PluginJobs.class.getName());

  /** The first key of the two-part advisory lock of every plugin job (the second: its hash). */
  private static final int LEASE_CLASS = 7726200;

  @Inject PluginHost host;
  @Inject PluginEnablements enablements;
  @Inject CountyRegistry counties;
  @Inject ContainerResources resources;
  @Inject PlatformClock clock;

  @Inject
  @ConfigProperty(name = "yg.jobs.enabled", defaultValue = "true")
  boolean enabled;

  private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();

  /**
   * What one run did.
   *
   * @param ran false when the job was not due or another node held its lease
   * @param counties the counties it ran for
   * @param failed the counties it failed for
   */
  public record JobRun(boolean ran, int counties, int failed) {}

  /** Schedules every job of the started plugins (once, after the host started). */
  public synchronized void start() {
    if (!enabled || !scheduled.isEmpty()) {
      return;
    }
    ManagedScheduledExecutorService executor =
        ContainerResources.lookup("java:comp/DefaultManagedScheduledExecutorService");
    for (LoadedPlugin plugin : host.installed()) {
      if (!plugin.plugin().started()) {
        continue;
      }
      for (ScheduledJob job : plugin.jobs()) {
        // look often enough to start a due job on time, rarely enough to cost nothing
        long every = Math.max(1, Math.min(job.interval().toSeconds(), 30));
        scheduled.add(
            executor.scheduleWithFixedDelay(
                () -> quietly(plugin, job), 5, every, TimeUnit.SECONDS));
      }
    }
  }

  /** Cancels the schedules (application stop). */
  public synchronized void stop() {
    scheduled.forEach(f -> f.cancel(false));
    scheduled.clear();
  }

  /**
   * Runs a job now on this node, due or not, waiting for its lease.
   *
   * @throws PluginNotFoundException when the plugin is not running or has no such job
   */
  public JobRun runNow(String pluginId, String jobName) {
    LoadedPlugin plugin =
        host.started(pluginId)
            .orElseThrow(() -> new PluginNotFoundException(pluginId, "is not running"));
    ScheduledJob job =
        plugin.jobs().stream()
            .filter(j -> j.name().equals(jobName))
            .findFirst()
            .orElseThrow(() -> new PluginNotFoundException(pluginId, "has no job " + jobName));
    try {
      return run(plugin, job, true);
    } catch (SQLException e) {
      throw new IllegalStateException("could not run job " + jobName + ": " + e.getMessage(), e);
    }
  }

  private void quietly(LoadedPlugin plugin, ScheduledJob job) {
    try {
      run(plugin, job, false);
    } catch (Exception e) {
      LOG.log(Level.WARNING, "job " + plugin.id() + "/" + job.name() + " failed; it runs again", e);
    }
  }

  private JobRun run(LoadedPlugin plugin, ScheduledJob job, boolean now) throws SQLException {
    int lease = (plugin.id() + "/" + job.name()).hashCode();
    // outside any transaction: the lease is a session lock, held on this connection for the run
    try (Connection c = resources.appDataSource().getConnection()) {
      if (!lock(c, lease, now)) {
        return new JobRun(false, 0, 0);
      }
      try {
        Instant started = clock.now();
        if (!now && !due(c, plugin.id(), job, started)) {
          return new JobRun(false, 0, 0);
        }
        record(c, plugin.id(), job.name(), started, null, "running");
        int done = 0;
        int failed = 0;
        for (CountyRegistry.County county : counties.all()) {
          if (!county.active() || !enablements.activeFor(county.ref(), plugin.id())) {
            continue;
          }
          done++;
          try {
            job.run(county.ref(), plugin.context());
          } catch (RuntimeException | LinkageError e) {
            failed++;
            plugin.plugin().recordRequestFailure("job " + job.name() + ": " + e);
            LOG.log(
                Level.WARNING,
                "job " + plugin.id() + "/" + job.name() + " failed for " + county.ref().slug(),
                e);
          }
        }
        record(
            c,
            plugin.id(),
            job.name(),
            started,
            clock.now(),
            done + " counties, " + failed + " failed");
        return new JobRun(true, done, failed);
      } finally {
        unlock(c, lease);
      }
    }
  }

  private static boolean lock(Connection c, int lease, boolean wait) throws SQLException {
    String sql =
        wait ? "SELECT pg_advisory_lock(?, ?) IS NULL" : "SELECT pg_try_advisory_lock(?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setInt(1, LEASE_CLASS);
      ps.setInt(2, lease);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return wait || rs.getBoolean(1);
      }
    }
  }

  private static void unlock(Connection c, int lease) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
      ps.setInt(1, LEASE_CLASS);
      ps.setInt(2, lease);
      ps.execute();
    }
  }

  private static boolean due(Connection c, String pluginId, ScheduledJob job, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT last_started_at FROM yg.plugin_job_run WHERE plugin_id = ? AND job = ?")) {
      ps.setString(1, pluginId);
      ps.setString(2, job.name());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return true;
        }
        Instant last = rs.getTimestamp(1).toInstant();
        return Duration.between(last, now).compareTo(job.interval()) >= 0;
      }
    }
  }

  private static void record(
      Connection c, String pluginId, String job, Instant started, Instant finished, String result)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO yg.plugin_job_run (plugin_id, job, last_started_at, last_finished_at,"
                + " last_result) VALUES (?, ?, ?, ?, ?) ON CONFLICT (plugin_id, job) DO UPDATE SET"
                + " last_started_at = EXCLUDED.last_started_at,"
                + " last_finished_at = EXCLUDED.last_finished_at,"
                + " last_result = EXCLUDED.last_result")) {
      ps.setString(1, pluginId);
      ps.setString(2, job);
      ps.setTimestamp(3, Timestamp.from(started));
      ps.setTimestamp(4, finished == null ? null : Timestamp.from(finished));
      ps.setString(5, result);
      ps.executeUpdate();
    }
  }
}
