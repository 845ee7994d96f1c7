package cn.yangguang.api.plugin;

import cn.yangguang.api.storage.FileStore;
import cn.yangguang.api.time.PlatformClock;

/**
 * The platform services one plugin may use, bound to that plugin. The host creates one context per
 * plugin at start and passes it to every extension call; keep it in a field if you need it later.
 *
 * <p>Thread-safe; no method returns null. The services are tenant-bound by argument: each call for
 * a county takes that county's {@link cn.yangguang.api.tenant.TenantRef}, and data access runs
 * under the county's row-level security, so a plugin bug can at worst touch the county it was
 * called for.
 */
public interface PluginContext {

  /** The plugin's id as its manifest declares it ({@code Plugin-Id}). */
  String pluginId();

  /**
   * The database schema that holds the plugin's tables ({@code plugin_} + the id with hyphens
   * turned into underscores). The plugin's migrations create their tables in it.
   */
  String schema();

  /** The platform's clock: the one source of "now" (moved forward in the local stack). */
  PlatformClock clock();

  /** The county's file store (uploads, generated documents). */
  FileStore files();

  /** Tenant-bound database access to the plugin's tables (and the platform's, under RLS). */
  PluginData data();

  /** Publishes events to the platform's outbox, in the caller's county transaction. */
  PluginEvents events();

  /**
   * Deadline clocks on the county's working-day calendar, with the platform's warning levels.
   *
   * @since 1.1
   */
  PluginClocks clocks();

  /**
   * The county's settings for this plugin, from its manifest.
   *
   * @since 1.1
   */
  PluginSettings settings();

  /**
   * The county's audit trail, for staff actions.
   *
   * @since 1.1
   */
  PluginAudit audit();

  /**
   * Masking of phones and ID numbers for screens and logs.
   *
   * @since 1.1
   */
  PluginPrivacy privacy();
}
