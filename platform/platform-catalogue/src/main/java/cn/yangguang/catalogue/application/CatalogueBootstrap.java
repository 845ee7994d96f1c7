package cn.yangguang.catalogue.application;

import cn.yangguang.catalogue.domain.Column;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At startup, imports each province master {@code <yg.tenants.dir>/provinces/<code>/catalogue.csv}
 * and {@code <yg.tenants.dir>/<slug>/catalogue.csv} for each county that has one, through the same
 * import as the console (so the demo catalogues pass the same checks), then rebuilds the county's
 * search index from the database. Idempotent: unchanged rows change nothing.
 */
@ApplicationScoped
public class CatalogueBootstrap {

  private static final Logger LOG = Logger.getLogger(CatalogueBootstrap.class.getName());

  @Inject
  @ConfigProperty(name = "yg.tenants.dir")
  Optional<String> tenantsDir;

  @Inject TenantDirectory tenants;
  @Inject CatalogueImport importer;
  @Inject CatalogueIndexMaintenance index;
  @Inject CatalogueFiles files;
  @Inject ProvinceMasterCatalogue master;
  @Inject MasterFollow follow;

  private static final String ACTOR = "system:catalogue-bootstrap";

  /**
   * Imports the province masters, then each county's catalogue file, makes every county's derived
   * items follow its master (catching up a county that missed a master change), and builds every
   * county's index.
   */
  public void loadAll() {
    tenantsDir
        .map(d -> Path.of(d, "provinces"))
        .filter(Files::isDirectory)
        .ifPresent(this::masters);
    for (ResolvedTenant t : tenants.all()) {
      tenantsDir
          .map(d -> Path.of(d, t.ref().slug(), "catalogue.csv"))
          .filter(Files::isRegularFile)
          .ifPresent(file -> load(t, file));
      try {
        int followed = follow.follow(t.ref(), ACTOR);
        if (followed > 0) {
          LOG.info(
              "catalogue of " + t.ref().slug() + ": " + followed + " items followed the master");
        }
      } catch (RuntimeException e) {
        LOG.severe("catalogue of " + t.ref().slug() + " did not follow its master: " + e);
      }
      index.rebuild(t.ref(), ACTOR);
    }
    index.startReconciling();
  }

  /** Imports {@code provinces/<code>/catalogue.csv} for each province folder. */
  private void masters(Path provinces) {
    try (java.util.stream.Stream<Path> dirs = Files.list(provinces)) {
      for (Path file :
          dirs.filter(d -> d.getFileName().toString().matches("\\d{2}0000"))
              .map(d -> d.resolve("catalogue.csv"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList()) {
        String province = file.getParent().getFileName().toString();
        ProvinceMasterCatalogue.MasterReport r =
            master.importRows(
                province, files.readCsv(Files.newInputStream(file)), "catalogue.csv", ACTOR);
        outcome(
            "master catalogue of " + province,
            r.applied(),
            r.rows(),
            r.created(),
            r.changed(),
            r.problems());
      }
    } catch (java.io.IOException | RuntimeException e) {
      LOG.severe("master catalogues not loaded: " + e);
    }
  }

  private void load(ResolvedTenant t, Path file) {
    try {
      List<Map<Column, String>> rows = files.readCsv(Files.newInputStream(file));
      ImportReport r = importer.apply(t.ref(), rows, file.getFileName().toString(), ACTOR, n -> {});
      outcome(
          "catalogue of " + t.ref().slug(),
          r.applied(),
          r.rows(),
          r.created(),
          r.changed(),
          r.problems());
    } catch (java.io.IOException | RuntimeException e) {
      LOG.severe("catalogue of " + t.ref().slug() + " not loaded: " + e);
    }
  }

  private static void outcome(
      String what, boolean applied, int rows, int created, int changed, List<?> problems) {
    if (applied) {
      LOG.info(what + ": " + rows + " rows, " + created + " created, " + changed + " changed");
    } else {
      LOG.severe(what + " rejected: " + problems);
    }
  }
}
