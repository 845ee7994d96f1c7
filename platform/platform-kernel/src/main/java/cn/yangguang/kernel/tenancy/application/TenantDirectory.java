package cn.yangguang.kernel.tenancy.application;

import cn.yangguang.kernel.tenancy.domain.Tenant;
import cn.yangguang.kernel.tenancy.domain.TenantRepository;
import cn.yangguang.kernel.tenancy.manifest.ManifestJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Resolves tenants by slug or host name, from a snapshot of the registry that is rebuilt at most
 * every {@link #MAX_AGE} (and at once on this node after an onboarding change).
 *
 * <p>Why a snapshot: every request resolves its tenant, and the registry changes a few times a
 * year. Why bounded: nodes hold no state of record, so another node's change must reach this one
 * without coordination; a suspension takes effect everywhere within {@link #MAX_AGE}. The snapshot
 * holds only registry rows, which carry no tenant-owned data, so it cannot leak one tenant's rows
 * to another.
 */
@ApplicationScoped
public class TenantDirectory {

  /** How stale the snapshot may become before it is reloaded. */
  public static final Duration MAX_AGE = Duration.ofSeconds(10);

  @Inject TenantRepository tenants;
  @Inject cn.yangguang.kernel.persistence.ContainerResources resources;

  @Inject
  @ConfigProperty(name = "yg.domain", defaultValue = "localhost")
  String domain;

  private volatile Snapshot snapshot = new Snapshot(Map.of(), Instant.EPOCH);

  private record Snapshot(Map<String, ResolvedTenant> bySlug, Instant loadedAt) {}

  /** The tenant with this slug (any status), if registered. */
  public Optional<ResolvedTenant> bySlug(String slug) {
    return Optional.ofNullable(current().bySlug().get(slug));
  }

  /**
   * The tenant a host name names: {@code jianshi.localhost} or {@code jianshi.<configured domain>},
   * with or without a port.
   */
  public Optional<String> slugOfHost(String host) {
    if (host == null) {
      return Optional.empty();
    }
    String name = host.toLowerCase(Locale.ROOT);
    int colon = name.lastIndexOf(':');
    if (colon > 0 && name.indexOf(']') < colon) {
      name = name.substring(0, colon);
    }
    for (String suffix : List.of("." + domain, ".localhost")) {
      if (name.endsWith(suffix)) {
        String label = name.substring(0, name.length() - suffix.length());
        if (!label.isEmpty() && !label.contains(".")) {
          return Optional.of(label);
        }
      }
    }
    return Optional.empty();
  }

  /** All registered tenants, by province then division code. */
  public List<ResolvedTenant> all() {
    return current().bySlug().values().stream()
        .sorted(
            Comparator.comparing((ResolvedTenant t) -> t.facts().provinceCode())
                .thenComparing(t -> t.facts().divisionCode()))
        .toList();
  }

  /** Drops the snapshot so that the next lookup reads the registry. */
  public void invalidate() {
    snapshot = new Snapshot(Map.of(), Instant.EPOCH);
  }

  private Snapshot current() {
    Snapshot s = snapshot;
    Instant now = Instant.now(); // real time on purpose: the dev clock must not freeze the cache
    if (Duration.between(s.loadedAt(), now).compareTo(MAX_AGE) < 0) {
      return s;
    }
    synchronized (this) {
      if (snapshot != s) {
        return snapshot;
      }
      Map<String, ResolvedTenant> map =
          registry().stream()
              .collect(
                  java.util.stream.Collectors.toUnmodifiableMap(
                      Tenant::slug, TenantDirectory::resolve));
      snapshot = new Snapshot(map, now);
      return snapshot;
    }
  }

  /**
   * Reads the registry. The container's entity manager works only inside a transaction on threads
   * that serve no request (the outbox tailer, managed executors), so a lookup there gets a
   * read-only transaction of its own; inside a running transaction it joins it.
   */
  private List<Tenant> registry() {
    jakarta.transaction.UserTransaction tx = resources.userTransaction();
    try {
      if (tx.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
        return tenants.findAll();
      }
      tx.begin();
      try {
        return tenants.findAll();
      } finally {
        tx.rollback();
      }
    } catch (jakarta.transaction.NotSupportedException | jakarta.transaction.SystemException e) {
      throw new IllegalStateException("no transaction for the tenant registry: " + e, e);
    }
  }

  static ResolvedTenant resolve(Tenant t) {
    return new ResolvedTenant(
        t.ref(),
        t.status(),
        t.facts(),
        ManifestJson.branding(t.manifestJson()),
        t.version(),
        ManifestJson.workingHours(t.manifestJson()));
  }
}
