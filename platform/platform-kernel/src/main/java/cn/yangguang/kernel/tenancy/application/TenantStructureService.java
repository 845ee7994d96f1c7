package cn.yangguang.kernel.tenancy.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.kernel.tenancy.domain.TenantStructure;
import cn.yangguang.kernel.tenancy.domain.TenantStructureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A tenant's structure for pages, cached per tenant id for at most {@link #MAX_AGE}.
 *
 * <p>The cache is keyed by the tenant whose transaction loaded the value, and a value is only ever
 * loaded inside that tenant's transaction (row-level security applies), so one tenant's snapshot
 * can never be served to another. Staleness is bounded for the same reason as {@link
 * TenantDirectory}.
 */
@ApplicationScoped
public class TenantStructureService {

  /** How stale a cached structure may become. */
  public static final Duration MAX_AGE = Duration.ofSeconds(10);

  @Inject TenantTransactions transactions;
  @Inject TenantStructureRepository repository;

  private final Map<UUID, Snapshot> cache = new ConcurrentHashMap<>();
  private final AtomicLong generations = new AtomicLong();

  /**
   * A loaded structure and its generation: a number that changes whenever the structure is
   * reloaded, so that anything derived from it (a rendered page) can be keyed by it.
   */
  public record Snapshot(TenantStructure structure, long generation, Instant loadedAt) {}

  /** The tenant's structure. */
  public TenantStructure structure(TenantRef tenant) {
    return snapshot(tenant).structure();
  }

  /** The tenant's structure with its generation. */
  public Snapshot snapshot(TenantRef tenant) {
    Snapshot c = cache.get(tenant.id());
    Instant now = Instant.now();
    if (c != null && Duration.between(c.loadedAt(), now).compareTo(MAX_AGE) < 0) {
      return c;
    }
    TenantStructure loaded = transactions.call(tenant, () -> repository.load(tenant.id()));
    Snapshot fresh =
        c != null && c.structure().equals(loaded)
            ? new Snapshot(loaded, c.generation(), now) // unchanged: keep what was derived from it
            : new Snapshot(loaded, generations.incrementAndGet(), now);
    cache.put(tenant.id(), fresh);
    return fresh;
  }

  /** Forgets the cached structure of one tenant. */
  public void invalidate(UUID tenantId) {
    cache.remove(tenantId);
  }
}
