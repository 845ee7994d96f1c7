package cn.yangguang.plugins.domain;

import cn.yangguang.api.tenant.TenantRef;
import java.util.List;
import java.util.Optional;

/**
 * Per-county plugin enablement. Every method must be called inside a transaction of the given
 * county (row-level security scopes the rows); nothing is cached, so a change made on one node is
 * seen by the next request on every node.
 */
public interface EnablementRepository {

  /** The county's row for the plugin, if it ever enabled it. */
  Optional<PluginEnablement> find(TenantRef tenant, String pluginId);

  /** Whether the county has the plugin enabled now. */
  default boolean isEnabled(TenantRef tenant, String pluginId) {
    return find(tenant, pluginId).map(PluginEnablement::enabled).orElse(false);
  }

  /** Every plugin row of the county. */
  List<PluginEnablement> all(TenantRef tenant);

  /** Writes the county's row (insert or update). */
  void save(TenantRef tenant, PluginEnablement enablement);
}
