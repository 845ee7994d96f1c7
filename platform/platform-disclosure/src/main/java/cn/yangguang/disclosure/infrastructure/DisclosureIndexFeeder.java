package cn.yangguang.disclosure.infrastructure;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.disclosure.application.DocumentSearch;
import cn.yangguang.disclosure.application.DocumentService;
import cn.yangguang.disclosure.domain.DisclosureDocument;
import cn.yangguang.disclosure.domain.DocumentRepository;
import cn.yangguang.kernel.outbox.OutboxEvent;
import cn.yangguang.kernel.outbox.OutboxListener;
import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantDirectory;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Keeps this node's document index in step with the database: every node tails the outbox, and on
 * {@value DocumentService#DOCUMENT_CHANGED} re-reads the document in the county's transaction and
 * indexes it when it is published, removes it otherwise (withdrawn, or never public). Re-reading
 * makes the handling idempotent and order-insensitive, as in the catalogue's feeder; events from
 * before this node started are covered by the start-up rebuild.
 */
@ApplicationScoped
public class DisclosureIndexFeeder implements OutboxListener {

  private static final Logger LOG = Logger.getLogger(DisclosureIndexFeeder.class.getName());

  @Inject TenantDirectory tenants;
  @Inject TenantTransactions transactions;
  @Inject DocumentRepository documents;
  @Inject DocumentSearch search;
  @Inject ContainerResources resources;

  @Override
  public boolean accepts(String type) {
    return DocumentService.DOCUMENT_CHANGED.equals(type);
  }

  @Override
  public void on(OutboxEvent event) {
    Optional<TenantRef> tenant =
        registered().stream()
            .map(ResolvedTenant::ref)
            .filter(t -> t.id().equals(event.tenantId()))
            .findFirst();
    if (tenant.isEmpty()) {
      LOG.warning("disclosure event " + event.id() + " names an unknown tenant");
      return;
    }
    UUID id = UUID.fromString(event.subjectId());
    Optional<DisclosureDocument> published =
        transactions.call(
            tenant.get(), () -> documents.find(id).filter(DisclosureDocument::isPublic));
    if (published.isPresent()) {
      search.index(tenant.get(), published.get());
    } else {
      search.remove(tenant.get(), id);
    }
  }

  /**
   * The registered counties. The directory reloads its snapshot through JPA every few seconds, and
   * on this thread (the outbox tailer's, outside any request) the container's entity manager works
   * only inside a transaction, so the lookup gets a read-only one of its own.
   */
  private List<ResolvedTenant> registered() {
    UserTransaction tx = resources.userTransaction();
    try {
      tx.begin();
      try {
        return tenants.all();
      } finally {
        tx.rollback();
      }
    } catch (NotSupportedException | SystemException e) {
      throw new IllegalStateException("no transaction for the tenant lookup: " + e, e);
    }
  }
}
