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
 * At startup, imports {@code <yg.tenants.dir>/<slug>/catalogue.csv} for each county that has one,
 * through the same import as the console (so the demo catalogues pass the same checks), then
 * rebuilds the county's search index from the database. Idempotent: unchanged rows change nothing.
 */
@ApplicationScoped
public class CatalogueBootstrap {

  private static final Logger LOG = Logger.getLogger(CatalogueBootstrap.class.getName());

  @Inject
  @ConfigProperty(name = "yg.tenants.dir")
  Optional<String> tenantsDir;

  @Inject TenantDirectory tenants;
  @Inject CatalogueImport importer;
  @Inject CatalogueQueries queries;
  @Inject ItemSearch search;
  @Inject CatalogueFiles files;

  /** Imports the catalogue files and builds every county's index. */
  public void loadAll() {
    for (ResolvedTenant t : tenants.all()) {
      tenantsDir
          .map(d -> Path.of(d, t.ref().slug(), "catalogue.csv"))
          .filter(Files::isRegularFile)
          .ifPresent(file -> load(t, file));
      search.rebuild(t.ref(), queries.published(t.ref()), n -> {});
    }
  }

  private void load(ResolvedTenant t, Path file) {
    try {
      List<Map<Column, String>> rows = files.readCsv(Files.newInputStream(file));
      ImportReport r =
          importer.apply(
              t.ref(), rows, file.getFileName().toString(), "system:catalogue-bootstrap", n -> {});
      if (r.applied()) {
        LOG.info(
            "catalogue of "
                + t.ref().slug()
                + ": "
                + r.rows()
                + " rows, "
                + r.created()
                + " created, "
                + r.changed()
                + " changed");
      } else {
        LOG.severe("catalogue of " + t.ref().slug() + " rejected: " + r.problems());
      }
    } catch (java.io.IOException | RuntimeException e) {
      LOG.severe("catalogue of " + t.ref().slug() + " not loaded: " + e);
    }
  }
}
