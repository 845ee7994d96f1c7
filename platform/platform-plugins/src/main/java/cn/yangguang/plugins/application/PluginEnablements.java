package cn.yangguang.plugins.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.kernel.audit.OperatorAudit;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import cn.yangguang.plugins.domain.EnablementRepository;
import cn.yangguang.plugins.domain.PluginEnablement;
import cn.yangguang.plugins.domain.PluginSchemaMigrator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Enables and disables plugins per county (operators for any county, county admins for their own)
 * and answers whether a county has one enabled. Enablement is a row of the county's, read from the
 * database on every request: a change is effective at once on every node, with no restart and no
 * cache to invalidate.
 */
@ApplicationScoped
public class PluginEnablements {

  @Inject PluginHost host;
  @Inject EnablementRepository repository;
  @Inject TenantTransactions transactions;
  @Inject PluginSchemaMigrator migrator;
  @Inject OperatorAudit audit;
  @Inject PlatformClock clock;

  /** One installed plugin as a county sees it. */
  public record CountyPlugin(LoadedPlugin plugin, Optional<PluginEnablement> enablement) {
    /** Whether the county has it enabled. */
    public boolean enabled() {
      return enablement.map(PluginEnablement::enabled).orElse(false);
    }
  }

  /** Whether the county has the plugin enabled and the plugin serves on this node. */
  public boolean activeFor(TenantRef tenant, String pluginId) {
    return host.started(pluginId).isPresent()
        && transactions.call(tenant, () -> repository.isEnabled(tenant, pluginId));
  }

  /** Every installed plugin with the county's enablement. */
  public List<CountyPlugin> forCounty(TenantRef tenant) {
    Map<String, PluginEnablement> rows =
        transactions.call(
            tenant,
            () ->
                repository.all(tenant).stream()
                    .collect(Collectors.toMap(PluginEnablement::pluginId, Function.identity())));
    return host.installed().stream()
        .map(p -> new CountyPlugin(p, Optional.ofNullable(rows.get(p.id()))))
        .toList();
  }

  /**
   * Enables a started plugin for a county. The first time anywhere, the plugin's migrations run and
   * the schema lint checks its tables; if either fails nothing is enabled.
   *
   * @throws PluginNotFoundException when the plugin is not installed or did not start
   * @throws EnablementRefusedException when its migrations or the lint fail
   */
  public PluginEnablement enable(TenantRef tenant, String pluginId, String actor) {
    LoadedPlugin plugin =
        host.started(pluginId)
            .orElseThrow(
                () ->
                    new PluginNotFoundException(
                        pluginId,
                        host.installed(pluginId).isPresent()
                            ? "is installed but not running: "
                                + host.installed(pluginId).get().plugin().reason()
                            : "is not installed on this platform"));
    plugin
        .schema()
        .ifPresent(
            s -> migrator.migrate(pluginId, plugin.plugin().version(), s, plugin.classLoader()));
    return change(tenant, pluginId, true, actor);
  }

  /**
   * Disables a plugin for a county: its routes answer 404 there from the next request on.
   *
   * @throws PluginNotFoundException when no such plugin is installed
   */
  public PluginEnablement disable(TenantRef tenant, String pluginId, String actor) {
    if (host.installed(pluginId).isEmpty()) {
      throw new PluginNotFoundException(pluginId, "is not installed on this platform");
    }
    return change(tenant, pluginId, false, actor);
  }

  private PluginEnablement change(TenantRef tenant, String pluginId, boolean on, String actor) {
    PluginEnablement row = new PluginEnablement(tenant.id(), pluginId, on, clock.now(), actor);
    return transactions.call(
        tenant,
        () -> {
          repository.save(tenant, row);
          audit.record(
              actor,
              on ? "plugin.enable" : "plugin.disable",
              tenant.id(),
              pluginId,
              "{\"plugin\":\"" + pluginId + "\",\"county\":\"" + tenant.slug() + "\"}");
          return row;
        });
  }
}
