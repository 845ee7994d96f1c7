package cn.yangguang.api.plugin;

import cn.yangguang.api.tenant.TenantRef;
import java.time.Duration;
import org.pf4j.ExtensionPoint;

/**
 * Work a plugin does on a schedule, for each county that has the plugin enabled (a reminder sweep,
 * a nightly export).
 *
 * <p><b>Lifecycle.</b> Scheduled when the plugin starts. When {@link #interval()} has passed since
 * the job last started anywhere (on the platform's clock), one node takes the job's lease and calls
 * {@link #run} once for each active county that has the plugin enabled, one county after the other;
 * the other nodes skip it. Operators can also run it at once ({@code POST
 * /api/v1/platform/plugins/{pluginId}/jobs/{name}/run}). A disabled county is skipped from the next
 * run on. <b>Threading.</b> A container-managed thread, never a request thread; never two runs of
 * the same job at once on the platform. <b>Nulls.</b> Arguments are never null; {@link #name()} and
 * {@link #interval()} never return null. <b>Errors.</b> An exception for one county is logged and
 * counted against the plugin (console, health), its transaction rolls back, and the job goes on
 * with the next county; the job runs again at the next interval. Make each run idempotent: a node
 * that dies mid-run leaves the counties after the one it was working on for the next run.
 */
public interface ScheduledJob extends ExtensionPoint {

  /** The job's name, unique within the plugin: lower-case letters, digits, hyphens. */
  String name();

  /** The least time between two starts of the job; at least one second. */
  Duration interval();

  /**
   * Runs the job for one county. Data access through {@code context.data().inTenant(tenant, ...)}
   * runs in one transaction per call.
   */
  void run(TenantRef tenant, PluginContext context);
}
