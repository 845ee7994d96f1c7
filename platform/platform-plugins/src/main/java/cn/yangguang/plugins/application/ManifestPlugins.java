package cn.yangguang.plugins.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.kernel.tenancy.application.OnboardingParticipant;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import cn.yangguang.kernel.tenancy.manifest.TenantManifest;
import cn.yangguang.kernel.tenancy.manifest.TenantManifest.PluginSpec;
import cn.yangguang.plugins.domain.EnablementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Applies a county manifest's {@code plugins[]} as the county's initial enablement: a plugin the
 * county has never had a row for is enabled or disabled as the manifest says. After that the
 * county's admins and the operators decide (a manifest re-applied at every start must not undo what
 * an admin switched in the console). Plugins the manifest names that are not installed, or not
 * running, are reported and skipped; they are applied at a later start once installed.
 */
@ApplicationScoped
public class ManifestPlugins implements OnboardingParticipant {

  private static final Logger LOG = Logger.getLogger(ManifestPlugins.class.getName());

  @Inject PluginHost host;
  @Inject PluginEnablements enablements;
  @Inject EnablementRepository repository;
  @Inject TenantTransactions transactions;

  @Override
  public Map<String, String> prepare(TenantManifest manifest) {
    return Map.of();
  }

  @Override
  public Map<String, String> complete(TenantRef tenant, TenantManifest manifest, String actor) {
    host.start(); // manifests may be applied before the host's own start listener has run
    List<String> skipped = new ArrayList<>();
    List<String> applied = new ArrayList<>();
    for (PluginSpec spec : manifest.plugins()) {
      if (host.started(spec.id()).isEmpty()) {
        skipped.add(spec.id());
        continue;
      }
      boolean untouched =
          transactions.call(tenant, () -> repository.find(tenant, spec.id()).isEmpty());
      if (!untouched) {
        continue;
      }
      try {
        if (spec.enabled()) {
          enablements.enable(tenant, spec.id(), actor);
        } else {
          enablements.disable(tenant, spec.id(), actor);
        }
        applied.add(spec.id() + (spec.enabled() ? "=on" : "=off"));
      } catch (PluginHostException e) {
        LOG.warning(tenant.slug() + ": manifest plugin " + spec.id() + " not applied: " + e);
        skipped.add(spec.id());
      }
    }
    Map<String, String> facts = new TreeMap<>();
    if (!applied.isEmpty()) {
      facts.put("plugins.applied", String.join(", ", applied));
    }
    if (!skipped.isEmpty()) {
      facts.put("plugins.notRunning", String.join(", ", skipped));
    }
    return facts;
  }
}
