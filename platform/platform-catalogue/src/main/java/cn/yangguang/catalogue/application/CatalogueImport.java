package cn.yangguang.catalogue.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.catalogue.domain.CatalogueRules;
import cn.yangguang.catalogue.domain.CodeBook;
import cn.yangguang.catalogue.domain.Column;
import cn.yangguang.catalogue.domain.DerivedItems;
import cn.yangguang.catalogue.domain.ItemFields;
import cn.yangguang.catalogue.domain.ItemRepository;
import cn.yangguang.catalogue.domain.MasterLink;
import cn.yangguang.catalogue.domain.MasterLock;
import cn.yangguang.catalogue.domain.MasterRepository;
import cn.yangguang.catalogue.domain.RowProblem;
import cn.yangguang.catalogue.domain.RowReader;
import cn.yangguang.catalogue.domain.ServiceItem;
import cn.yangguang.kernel.audit.AuditTrail;
import cn.yangguang.kernel.outbox.Outbox;
import cn.yangguang.kernel.tenancy.application.TenantStructureService;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import cn.yangguang.kernel.tenancy.domain.TenantStructure.DepartmentView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * Imports a county's list: every row is read and checked first (formats, code lists, required and
 * cross-field rules, keys and parents); any problem rejects the whole file and nothing is stored. A
 * clean file is applied in one county transaction: each row becomes a new version where its fields
 * or status differ from what is stored, every change audited and announced on the outbox (so every
 * node's search index follows).
 */
@ApplicationScoped
public class CatalogueImport {

  /** Outbox event type of an item whose public version changed. */
  public static final String ITEM_CHANGED = "catalogue.item.changed";

  @Inject TenantTransactions transactions;
  @Inject ItemRepository items;
  @Inject CodeBooks codeBooks;
  @Inject TenantStructureService structures;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;
  @Inject PlatformClock clock;
  @Inject ImportLog log;
  @Inject DerivedItems derived;
  @Inject MasterRepository masters;

  /**
   * Checks and applies rows.
   *
   * @param rows the rows of the file in order, cells by column (row i is file row i + 2)
   * @param progress told the number of rows done, now and then
   */
  public ImportReport apply(
      TenantRef tenant,
      List<Map<Column, String>> rows,
      String fileName,
      String actor,
      IntConsumer progress) {
    UUID id = log.started(tenant, fileName, rows.size(), actor);
    CodeBook book = codeBooks.of(tenant);
    List<RowProblem> problems = new ArrayList<>();
    List<ItemFields> fields = new ArrayList<>();
    List<String> statuses = new ArrayList<>();
    List<String> masterKeys = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      RowReader reader = new RowReader(rows.get(i), i + 2, book, problems);
      if (!reader.blank()) {
        fields.add(reader.read());
        statuses.add(reader.status());
        masterKeys.add(reader.masterKey());
      }
    }
    problems.addAll(new CatalogueRules(departments(tenant)).checkFile(fields));
    Map<String, MasterLink> had = new java.util.HashMap<>();
    List<MasterLink> links = masterLinks(tenant, fields, masterKeys, had, problems);
    if (!problems.isEmpty()) {
      log.rejected(tenant, id, problems);
      return new ImportReport(id, false, fields.size(), 0, 0, 0, problems);
    }
    int[] counts = new int[3];
    transactions.run(
        tenant,
        () -> {
          for (int i = 0; i < fields.size(); i++) {
            ItemFields f = fields.get(i);
            counts[store(tenant, f, statuses.get(i), had.get(f.key()), links.get(i), actor)]++;
            if (i % 100 == 99) {
              progress.accept(i + 1);
            }
          }
        });
    progress.accept(fields.size());
    ImportReport report =
        new ImportReport(id, true, fields.size(), counts[0], counts[1], counts[2], List.of());
    log.applied(tenant, id, fields.size());
    return report;
  }

  /**
   * The master link of each row (null for a local item): the row's 省级目录编码, else the link its item
   * already has. A row that newly names a master item must name a published one; a derived row
   * keeps the base fields of its published master item, each difference a problem of that cell. An
   * item whose master item was retired keeps its link and its fields (nothing to follow any more).
   */
  private List<MasterLink> masterLinks(
      TenantRef tenant,
      List<ItemFields> fields,
      List<String> masterKeys,
      Map<String, MasterLink> stored,
      List<RowProblem> out) {
    Map<String, ServiceItem> master = new java.util.HashMap<>();
    transactions.run(
        tenant,
        () -> {
          stored.putAll(derived.links());
          master.putAll(masters.publishedForCounty());
        });
    List<MasterLink> links = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      ItemFields f = fields.get(i);
      MasterLink had = f.key() == null ? null : stored.get(f.key());
      String key =
          masterKeys.get(i) != null ? masterKeys.get(i) : had == null ? null : had.masterKey();
      ServiceItem m = key == null ? null : master.get(key);
      if (m == null && had != null && had.masterKey().equals(key)) {
        // the master retired the item: the county keeps its item and its link (the diff shows it)
        links.add(had);
        continue;
      }
      if (key != null && m == null) {
        out.add(
            RowProblem.coded(
                i + 2,
                Column.MASTER_KEY,
                "unknownMaster",
                "no published item " + key + " in the master catalogue of this province",
                key));
      } else if (m != null) {
        out.addAll(MasterLock.check(f, m.fields(), i + 2));
      }
      links.add(m == null ? null : new MasterLink(key, m.id()));
    }
    return links;
  }

  /**
   * Stores one item; 0 = created, 1 = changed, 2 = unchanged.
   *
   * @param had the item's master link as stored, null for none
   * @param link the row's master link, null for a local item
   */
  private int store(
      TenantRef tenant,
      ItemFields f,
      String status,
      MasterLink had,
      MasterLink link,
      String actor) {
    Instant now = clock.now();
    Optional<ServiceItem> published = items.published(f.key());
    Optional<ServiceItem> draft = items.draft(f.key());
    boolean existed = items.lastVersion(f.key()) > 0;
    boolean sameLink =
        java.util.Objects.equals(
            had == null ? null : had.masterKey(), link == null ? null : link.masterKey());
    boolean sameAsPublished = sameLink && published.map(p -> p.fields().equals(f)).orElse(false);
    switch (status) {
      case "PUBLISHED" -> {
        if (sameAsPublished) {
          return 2;
        }
        draft.ifPresent(d -> items.deleteDraft(d.id()));
        ServiceItem next = nextVersion(f, now, actor).published(now);
        published.ifPresent(p -> items.updateStatus(p.superseded()));
        insert(next, link);
        changed(tenant, next, "catalogue.item.publish", actor);
      }
      case "RETIRED" -> {
        if (published.isPresent() && sameAsPublished) {
          ServiceItem retired = published.get().retired(now);
          items.updateStatus(retired);
          changed(tenant, retired, "catalogue.item.retire", actor);
        } else if (!existed) {
          ServiceItem retired = nextVersion(f, now, actor).published(now).retired(now);
          insert(retired, link);
          changed(tenant, retired, "catalogue.item.retire", actor);
        } else {
          return 2;
        }
      }
      default -> {
        if (sameAsPublished || sameLink && draft.map(d -> d.fields().equals(f)).orElse(false)) {
          return 2;
        }
        draft.ifPresent(d -> items.deleteDraft(d.id()));
        ServiceItem next = nextVersion(f, now, actor);
        insert(next, link);
        audit.record(
            tenant, actor, null, "catalogue-item", f.key(), "catalogue.item.draft", summary(next));
      }
    }
    return existed ? 1 : 0;
  }

  private void insert(ServiceItem item, MasterLink link) {
    items.insert(item);
    if (link != null) {
      derived.link(item.id(), link);
    }
  }

  private ServiceItem nextVersion(ItemFields f, Instant now, String actor) {
    int last = items.lastVersion(f.key());
    return last == 0
        ? ServiceItem.draft(f, now, actor)
        : new ServiceItem(
            UUID.randomUUID(), last + 1, ServiceItem.Status.DRAFT, f, now, actor, null, null);
  }

  private void changed(TenantRef tenant, ServiceItem item, String action, String actor) {
    audit.record(tenant, actor, null, "catalogue-item", item.key(), action, summary(item));
    outbox.publish(tenant, ITEM_CHANGED, "catalogue-item", item.key(), summary(item));
  }

  static String summary(ServiceItem item) {
    return Json.createObjectBuilder()
        .add("key", item.key())
        .add("version", item.version())
        .add("status", item.status().name())
        .add("name", item.fields().name())
        .build()
        .toString();
  }

  private java.util.Set<String> departments(TenantRef tenant) {
    return structures.structure(tenant).departments().stream()
        .map(DepartmentView::code)
        .collect(Collectors.toSet());
  }
}
