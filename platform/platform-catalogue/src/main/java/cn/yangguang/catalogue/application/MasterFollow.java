package cn.yangguang.catalogue.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.catalogue.domain.DerivedItems;
import cn.yangguang.catalogue.domain.ItemRepository;
import cn.yangguang.catalogue.domain.MasterLink;
import cn.yangguang.catalogue.domain.MasterLock;
import cn.yangguang.catalogue.domain.MasterRepository;
import cn.yangguang.catalogue.domain.ServiceItem;
import cn.yangguang.kernel.audit.AuditTrail;
import cn.yangguang.kernel.outbox.Outbox;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Brings a county's derived items in line with its province master: every derived item whose base
 * fields differ from the master's published version gets a new version with the master's base
 * fields (a published item a new published version, an open draft a new draft); the county's
 * implementation fields are kept. One county transaction; each change audited and announced on the
 * outbox, so every node's search index follows.
 *
 * <p>Idempotent and safe to repeat: it runs for every county of the province after a master import,
 * at start-up for every county (a county that missed a master change, e.g. because it failed, is
 * caught up), and when a county's admin asks for it from the diff page.
 */
@ApplicationScoped
public class MasterFollow {

  /** The audit action of a version made to follow the master. */
  public static final String ACTION = "catalogue.item.follow-master";

  @Inject TenantTransactions transactions;
  @Inject ItemRepository items;
  @Inject DerivedItems derived;
  @Inject MasterRepository masters;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;
  @Inject PlatformClock clock;

  /**
   * Follows the master in one county.
   *
   * @return the number of items that changed
   */
  public int follow(TenantRef tenant, String actor) {
    return transactions.call(
        tenant,
        () -> {
          Map<String, ServiceItem> master = masters.publishedForCounty();
          int changed = 0;
          for (Map.Entry<String, MasterLink> e : derived.links().entrySet()) {
            ServiceItem m = master.get(e.getValue().masterKey());
            if (m != null && follow(tenant, e.getKey(), m, actor)) {
              changed++;
            }
          }
          return changed;
        });
  }

  private boolean follow(TenantRef tenant, String key, ServiceItem master, String actor) {
    Optional<ServiceItem> published = items.published(key);
    Optional<ServiceItem> draft = items.draft(key);
    boolean publishedBehind =
        published.map(p -> !MasterLock.follows(p.fields(), master.fields())).orElse(false);
    boolean draftBehind =
        draft.map(d -> !MasterLock.follows(d.fields(), master.fields())).orElse(false);
    if (!publishedBehind && !draftBehind) {
      return false;
    }
    Instant now = clock.now();
    MasterLink link = new MasterLink(master.key(), master.id());
    // the draft is re-made above the new published version, so versions stay in order
    draft.ifPresent(d -> items.deleteDraft(d.id()));
    int last = items.lastVersion(key);
    if (publishedBehind) {
      ServiceItem p = published.get();
      items.updateStatus(p.superseded());
      ServiceItem next =
          version(++last, MasterLock.follow(p.fields(), master.fields()), now, actor)
              .published(now);
      items.insert(next);
      derived.link(next.id(), link);
      record(tenant, next, actor, true);
    }
    if (draft.isPresent()) {
      ServiceItem next =
          version(++last, MasterLock.follow(draft.get().fields(), master.fields()), now, actor);
      items.insert(next);
      derived.link(next.id(), link);
      record(tenant, next, actor, false);
    }
    return true;
  }

  private static ServiceItem version(
      int version, cn.yangguang.catalogue.domain.ItemFields f, Instant now, String actor) {
    return new ServiceItem(
        UUID.randomUUID(), version, ServiceItem.Status.DRAFT, f, now, actor, null, null);
  }

  private void record(TenantRef tenant, ServiceItem item, String actor, boolean announce) {
    String summary = CatalogueImport.summary(item);
    audit.record(tenant, actor, null, "catalogue-item", item.key(), ACTION, summary);
    if (announce) {
      outbox.publish(tenant, CatalogueImport.ITEM_CHANGED, "catalogue-item", item.key(), summary);
    }
  }
}
