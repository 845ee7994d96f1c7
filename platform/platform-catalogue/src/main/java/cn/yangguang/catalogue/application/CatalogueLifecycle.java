package cn.yangguang.catalogue.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.catalogue.domain.ItemRepository;
import cn.yangguang.catalogue.domain.ServiceItem;
import cn.yangguang.kernel.audit.AuditTrail;
import cn.yangguang.kernel.outbox.Outbox;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Objects;

/**
 * Publishing and retiring one item from the console. Each call is one county transaction: the
 * status change, its audit entry and its {@link CatalogueImport#ITEM_CHANGED} event (which every
 * node's search index follows) commit together or not at all.
 *
 * <p>Publishing makes the item's open draft its public version and supersedes the version that was
 * public (cases started on it keep it). Retiring withdraws the public version; an open draft stays
 * open and may be published later. A refusal changes nothing and says why ({@link Refused}).
 */
@ApplicationScoped
public class CatalogueLifecycle {

  @Inject TenantTransactions transactions;
  @Inject ItemRepository items;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;
  @Inject PlatformClock clock;

  /** Why a publication or retirement was refused. */
  public enum Reason {
    /** The county has no item with this key. */
    UNKNOWN_ITEM,
    /** Publishing: the item has no open draft. */
    NO_DRAFT,
    /** Retiring: the item has no published version. */
    NOT_PUBLISHED,
    /** The item belongs to another department than the one the caller may act for. */
    OTHER_DEPARTMENT
  }

  /** A refused change; nothing was changed. */
  public static class Refused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Reason reason;

    public Refused(Reason reason, String message) {
      super(message);
      this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why. */
    public Reason reason() {
      return reason;
    }
  }

  /**
   * Publishes the item's open draft.
   *
   * @param department the only department whose items the caller may change (a department admin),
   *     or null for any
   * @return the version now published
   * @throws Refused when there is no such item, no open draft, or it is another department's
   */
  public ServiceItem publish(TenantRef tenant, String key, String department, String actor) {
    return transactions.call(
        tenant,
        () -> {
          ServiceItem draft =
              items
                  .draft(key)
                  .orElseThrow(() -> refusal(key, Reason.NO_DRAFT, "has no open draft"));
          checkDepartment(draft, department);
          Instant now = clock.now();
          items.published(key).ifPresent(p -> items.updateStatus(p.superseded()));
          ServiceItem published = draft.published(now);
          items.updateStatus(published);
          changed(tenant, published, "catalogue.item.publish", actor);
          return published;
        });
  }

  /**
   * Retires the item's published version.
   *
   * @param department the only department whose items the caller may change, or null for any
   * @return the version now retired
   * @throws Refused when there is no such item, nothing published, or it is another department's
   */
  public ServiceItem retire(TenantRef tenant, String key, String department, String actor) {
    return transactions.call(
        tenant,
        () -> {
          ServiceItem published =
              items
                  .published(key)
                  .orElseThrow(
                      () -> refusal(key, Reason.NOT_PUBLISHED, "has no published version"));
          checkDepartment(published, department);
          ServiceItem retired = published.retired(clock.now());
          items.updateStatus(retired);
          changed(tenant, retired, "catalogue.item.retire", actor);
          return retired;
        });
  }

  private Refused refusal(String key, Reason otherwise, String what) {
    if (items.lastVersion(key) == 0) {
      return new Refused(Reason.UNKNOWN_ITEM, "no item " + key + " in this county");
    }
    return new Refused(otherwise, "item " + key + " " + what);
  }

  private static void checkDepartment(ServiceItem item, String department) {
    if (department != null && !department.equals(item.fields().departmentCode())) {
      throw new Refused(
          Reason.OTHER_DEPARTMENT,
          "item " + item.key() + " belongs to " + item.fields().departmentCode());
    }
  }

  private void changed(TenantRef tenant, ServiceItem item, String action, String actor) {
    String summary = CatalogueImport.summary(item);
    audit.record(tenant, actor, null, "catalogue-item", item.key(), action, summary);
    outbox.publish(tenant, CatalogueImport.ITEM_CHANGED, "catalogue-item", item.key(), summary);
  }
}
