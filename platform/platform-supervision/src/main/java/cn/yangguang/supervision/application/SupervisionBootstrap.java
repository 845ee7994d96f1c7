package cn.yangguang.supervision.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantDirectory;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import cn.yangguang.supervision.domain.RiskPoint;
import cn.yangguang.supervision.domain.RiskPointRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * At startup: applies {@code <yg.tenants.dir>/<slug>/supervision.yaml} (the county's risk points
 * when it has none yet, and its demo records when it asks for them and has no order yet), then
 * scans every county's cases for violations, which covers what happened while no node ran. A broken
 * file is logged and skipped; the platform still serves.
 */
@ApplicationScoped
public class SupervisionBootstrap {

  private static final Logger LOG = Logger.getLogger(SupervisionBootstrap.class.getName());
  static final String ACTOR = "system:supervision-bootstrap";

  @Inject
  @ConfigProperty(name = "yg.tenants.dir")
  Optional<String> tenantsDir;

  @Inject TenantDirectory tenants;
  @Inject TenantTransactions transactions;
  @Inject RiskPointRepository riskPoints;
  @Inject SupervisionDemo demo;
  @Inject ViolationDetection detection;
  @Inject PlatformClock clock;

  /** Loads every county's file, then scans every county. */
  public void loadAll() {
    for (ResolvedTenant t : tenants.all()) {
      tenantsDir
          .map(d -> Path.of(d, t.ref().slug(), "supervision.yaml"))
          .filter(Files::isRegularFile)
          .ifPresent(file -> load(t.ref(), file));
    }
    for (ResolvedTenant t : tenants.all()) {
      try {
        int found = detection.scan(t.ref(), "system:supervision-scan");
        if (found > 0) {
          LOG.info(found + " violations found in " + t.ref().slug() + " at start");
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "violation scan of " + t.ref().slug() + " failed", e);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void load(TenantRef t, Path file) {
    Map<String, Object> doc;
    try (Reader r = Files.newBufferedReader(file)) {
      doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
    } catch (IOException | RuntimeException e) {
      LOG.severe("supervision file of " + t.slug() + " unreadable: " + e.getMessage());
      return;
    }
    if (doc == null) {
      return;
    }
    try {
      List<Map<String, Object>> points =
          (List<Map<String, Object>>) doc.getOrDefault("riskPoints", List.of());
      transactions.run(
          t,
          () -> {
            if (!riskPoints.all().isEmpty()) {
              return;
            }
            for (Map<String, Object> p : points) {
              riskPoints.add(
                  new RiskPoint(
                      UUID.randomUUID(),
                      (String) p.get("step"),
                      (String) p.get("item"),
                      ((Number) p.get("level")).intValue(),
                      (String) p.get("description"),
                      (String) p.get("control")),
                  ACTOR,
                  clock.now());
            }
          });
    } catch (RuntimeException e) {
      LOG.severe("risk points of " + t.slug() + " refused: " + e.getMessage());
    }
    if (Boolean.TRUE.equals(doc.get("demo"))) {
      try {
        int n = demo.seed(t);
        if (n > 0) {
          LOG.info("seeded " + n + " demo supervision records in " + t.slug());
        }
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "demo supervision records of " + t.slug() + " not seeded", e);
      }
    }
  }
}
