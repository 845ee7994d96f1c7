package cn.yangguang.kernel.tenancy.application;

import cn.yangguang.kernel.tenancy.manifest.ManifestValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads {@code <yg.tenants.dir>/<slug>/tenant.yaml} at startup, idempotently: an unchanged manifest
 * is skipped by its digest, a changed one updates its tenant. A bad manifest is reported (log and
 * health details) and skipped; the other counties still start.
 */
@ApplicationScoped
public class ManifestBootstrap {

  private static final Logger LOG = Logger.getLogger(ManifestBootstrap.class.getName());

  @Inject TenantOnboarding onboarding;

  @Inject
  @ConfigProperty(name = "yg.tenants.dir")
  Optional<String> tenantsDir;

  private volatile List<String> failures = List.of();
  private volatile List<OnboardingResult> loaded = List.of();

  /**
   * Applies every manifest of the folder. Called once by the web layer when the application has
   * started (the data sources are bound only then).
   */
  public void loadAll() {
    if (tenantsDir.isEmpty()) {
      LOG.info("yg.tenants.dir not set: no tenant manifests loaded at startup");
      return;
    }
    Path dir = Path.of(tenantsDir.get());
    List<String> failed = new ArrayList<>();
    List<OnboardingResult> results = new ArrayList<>();
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path file :
          entries
              .map(d -> d.resolve("tenant.yaml"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList()) {
        try {
          OnboardingResult r =
              onboarding.apply(
                  Files.readString(file, StandardCharsets.UTF_8),
                  "system:manifest-bootstrap",
                  null);
          results.add(r);
          LOG.info("tenant " + r.slug() + ": " + r.outcome() + " (version " + r.version() + ")");
        } catch (ManifestValidationException e) {
          failed.add(file + ": " + e.problems());
          LOG.severe("tenant manifest " + file + " rejected: " + e.problems());
        } catch (RuntimeException e) {
          failed.add(file + ": " + e.getMessage());
          LOG.log(Level.SEVERE, "tenant manifest " + file + " not applied", e);
        }
      }
    } catch (IOException e) {
      failed.add(dir + ": " + e);
      LOG.severe("tenant manifests folder " + dir + " unreadable: " + e);
    }
    failures = Collections.unmodifiableList(failed);
    loaded = Collections.unmodifiableList(results);
  }

  /** Manifests that could not be applied at startup, with the reason. */
  public List<String> failures() {
    return failures;
  }

  /** Manifests applied (or found unchanged) at startup. */
  public List<OnboardingResult> loaded() {
    return loaded;
  }
}
