package cn.yangguang.kernel.tenancy.application;

import cn.yangguang.kernel.outbox.OutboxEvent;
import cn.yangguang.kernel.outbox.OutboxListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Drops this node's cached tenant registry and structure when any node changed a tenant: the outbox
 * carries the change to every node, so the staleness bound of the caches is the tailer's delay
 * rather than their maximum age.
 */
@ApplicationScoped
public class TenantCacheInvalidation implements OutboxListener {

  /** The event type published when a tenant's registry row or structure changed. */
  public static final String TENANT_CHANGED = "tenant.changed";

  @Inject TenantDirectory directory;
  @Inject TenantStructureService structures;

  @Override
  public boolean accepts(String type) {
    return TENANT_CHANGED.equals(type);
  }

  @Override
  public void on(OutboxEvent event) {
    directory.invalidate();
    structures.invalidate(event.tenantId());
  }
}
