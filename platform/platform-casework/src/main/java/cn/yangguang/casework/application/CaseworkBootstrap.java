package cn.yangguang.casework.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.casework.domain.CaseRejectedException;
import cn.yangguang.casework.domain.ProcessBinding;
import cn.yangguang.casework.domain.ProcessTemplate;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Applies {@code <yg.tenants.dir>/<slug>/casework.yaml} at startup: the county's process bindings
 * (idempotent upserts through {@link ProcessBindings}, so every post is checked) and, when it asks
 * for them and the county has no case yet, the demo cases ({@link DemoCases}). A broken file is
 * logged and skipped; the platform still serves.
 */
@ApplicationScoped
public class CaseworkBootstrap {

  private static final Logger LOG = Logger.getLogger(CaseworkBootstrap.class.getName());
  static final String ACTOR = "system:casework-bootstrap";

  @Inject
  @ConfigProperty(name = "yg.tenants.dir")
  Optional<String> tenantsDir;

  @Inject TenantDirectory tenants;
  @Inject ProcessBindings bindings;
  @Inject DemoCases demo;

  /** Loads every county's file. */
  public void loadAll() {
    for (ResolvedTenant t : tenants.all()) {
      tenantsDir
          .map(d -> Path.of(d, t.ref().slug(), "casework.yaml"))
          .filter(Files::isRegularFile)
          .ifPresent(file -> load(t.ref(), file));
    }
  }

  @SuppressWarnings("unchecked")
  private void load(TenantRef t, Path file) {
    Map<String, Object> doc;
    try (Reader r = Files.newBufferedReader(file)) {
      doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
    } catch (IOException | RuntimeException e) {
      LOG.severe("casework file of " + t.slug() + " unreadable: " + e.getMessage());
      return;
    }
    if (doc == null) {
      return;
    }
    for (Object o : (List<Object>) doc.getOrDefault("bindings", List.of())) {
      Map<String, Object> b = (Map<String, Object>) o;
      try {
        bindings.bind(
            t,
            new ProcessBinding(
                (String) b.get("item"),
                ProcessTemplate.valueOf((String) b.get("template")),
                (String) b.get("accept"),
                (String) b.get("review"),
                (String) b.get("approve"),
                (List<String>) b.getOrDefault("branches", List.of()),
                (String) b.get("definition")),
            ACTOR);
      } catch (CaseRejectedException | IllegalArgumentException | ClassCastException e) {
        LOG.severe("binding " + b + " of " + t.slug() + " refused: " + e.getMessage());
      }
    }
    if (Boolean.TRUE.equals(doc.get("demoCases"))) {
      try {
        int n = demo.seed(t);
        if (n > 0) {
          LOG.info("seeded " + n + " demo cases in " + t.slug());
        }
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "demo cases of " + t.slug() + " not seeded", e);
      }
    }
  }
}
