package cn.yangguang.disclosure.request.application;

import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies {@code <yg.tenants.dir>/<slug>/disclosure-requests.properties} at startup: {@code
 * demo-agency=<code>} seeds that agency with the demo requests ({@link DemoRequests}) when the
 * county has none. A broken file is logged and skipped; the platform still serves.
 */
@ApplicationScoped
public class RequestsBootstrap {

  private static final Logger LOG = Logger.getLogger(RequestsBootstrap.class.getName());

  @Inject
  @ConfigProperty(name = "yg.tenants.dir")
  Optional<String> tenantsDir;

  @Inject TenantDirectory tenants;
  @Inject DemoRequests demo;

  /** Loads every county's file. */
  public void loadAll() {
    for (ResolvedTenant t : tenants.all()) {
      tenantsDir
          .map(d -> Path.of(d, t.ref().slug(), "disclosure-requests.properties"))
          .filter(Files::isRegularFile)
          .ifPresent(file -> load(t, file));
    }
  }

  private void load(ResolvedTenant t, Path file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file)) {
      p.load(r);
    } catch (IOException e) {
      LOG.severe(
          "disclosure-requests file of " + t.ref().slug() + " unreadable: " + e.getMessage());
      return;
    }
    String agency = p.getProperty("demo-agency");
    if (agency == null || agency.isBlank()) {
      return;
    }
    try {
      int n = demo.seed(t.ref(), agency.strip(), t.zone());
      if (n > 0) {
        LOG.info("seeded " + n + " demo disclosure requests in " + t.ref().slug());
      }
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "demo disclosure requests of " + t.ref().slug() + " not seeded", e);
    }
  }
}
