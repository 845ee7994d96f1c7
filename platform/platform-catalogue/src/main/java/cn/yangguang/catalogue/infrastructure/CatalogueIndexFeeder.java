package cn.yangguang.catalogue.infrastructure;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.catalogue.application.CatalogueImport;
import cn.yangguang.catalogue.application.CatalogueIndexMaintenance;
import cn.yangguang.catalogue.application.ItemSearch;
import cn.yangguang.catalogue.domain.ItemRepository;
import cn.yangguang.catalogue.domain.ServiceItem;
import cn.yangguang.kernel.outbox.OutboxEvent;
import cn.yangguang.kernel.outbox.OutboxListener;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Keeps this node's search index in step with the database: every node tails the outbox, and on
 * {@value CatalogueImport#ITEM_CHANGED} re-reads the item's published version in the county's
 * transaction and indexes it, or removes the item when it has none (retired).
 *
 * <p>Why re-read instead of indexing the event's payload: the event only says which item changed,
 * and the database is the record; reading the current state makes the handling idempotent and
 * order-insensitive (a late or repeated event indexes what is true now). The index is written after
 * the transaction has ended, so no database connection is held while Lucene works. Events from
 * before this node started are not delivered; the start-up rebuild covers them ({@code
 * CatalogueBootstrap}), and the periodic reconciliation of {@link CatalogueIndexMaintenance} any
 * event this node missed. A {@value CatalogueIndexMaintenance#REBUILD} event (a rebuild asked for
 * on another node) rebuilds this node's index of the county.
 */
@ApplicationScoped
public class CatalogueIndexFeeder implements OutboxListener {

  private static final Logger LOG = Logger.getLogger(CatalogueIndexFeeder.class.getName());

  @Inject TenantTransactions transactions;
  @Inject ItemRepository items;
  @Inject ItemSearch search;

  @Inject CatalogueIndexMaintenance maintenance;

  @Override
  public boolean accepts(String type) {
    return CatalogueImport.ITEM_CHANGED.equals(type)
        || CatalogueIndexMaintenance.REBUILD.equals(type);
  }

  @Override
  public void on(OutboxEvent event) {
    Optional<TenantRef> tenant =
        maintenance.counties().stream()
            .map(ResolvedTenant::ref)
            .filter(t -> t.id().equals(event.tenantId()))
            .findFirst();
    if (tenant.isEmpty()) {
      LOG.warning("catalogue event " + event.id() + " names an unknown tenant " + event.tenantId());
      return;
    }
    if (CatalogueIndexMaintenance.REBUILD.equals(event.type())) {
      maintenance.onRebuildRequested(tenant.get(), event.payloadJson());
      return;
    }
    String key = event.subjectId();
    Optional<ServiceItem> published = transactions.call(tenant.get(), () -> items.published(key));
    if (published.isPresent()) {
      search.index(tenant.get(), published.get());
    } else {
      search.remove(tenant.get(), key);
    }
  }
}
