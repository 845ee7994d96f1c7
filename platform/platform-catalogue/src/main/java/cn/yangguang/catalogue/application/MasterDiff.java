package cn.yangguang.catalogue.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.catalogue.domain.Column;
import cn.yangguang.catalogue.domain.DerivedItems;
import cn.yangguang.catalogue.domain.ItemRepository;
import cn.yangguang.catalogue.domain.MasterLink;
import cn.yangguang.catalogue.domain.MasterLock;
import cn.yangguang.catalogue.domain.MasterRepository;
import cn.yangguang.catalogue.domain.RowWriter;
import cn.yangguang.catalogue.domain.ServiceItem;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a county stands against its province master: each derived item (whether its base fields
 * follow the master, and in which implementation fields the county departs from the master's
 * suggestion), the master items the county has not adopted, and how many items are its own.
 */
@ApplicationScoped
public class MasterDiff {

  @Inject TenantTransactions transactions;
  @Inject ItemRepository items;
  @Inject DerivedItems derived;
  @Inject MasterRepository masters;
  @Inject CodeBooks codeBooks;

  /**
   * A county item derived from the master.
   *
   * @param status the county item's working status ({@code DRAFT}, {@code PUBLISHED}, {@code
   *     RETIRED})
   * @param follows whether its base fields are the master's published ones
   * @param masterRetired whether the master item is no longer published
   * @param deviations the headers of the implementation fields where the county departs from the
   *     master
   */
  public record Derived(
      String key,
      String name,
      String status,
      String masterKey,
      boolean follows,
      boolean masterRetired,
      List<String> deviations) {}

  /** A published master item the county has not adopted. */
  public record NotAdopted(String masterKey, String name, String itemType, String baseCode) {}

  /**
   * The whole comparison.
   *
   * @param provinceCode the county's province
   * @param masterItems the number of published master items
   * @param localItems the number of the county's items that derive from no master item
   */
  public record Diff(
      String provinceCode,
      int masterItems,
      int localItems,
      List<Derived> derived,
      List<NotAdopted> notAdopted) {}

  /** Compares the county's working list with its province's master. */
  public Diff diff(TenantRef tenant) {
    record Read(
        Map<String, ServiceItem> master,
        Map<String, MasterLink> links,
        List<ServiceItem> current) {}
    Read r =
        transactions.call(
            tenant,
            () -> new Read(masters.publishedForCounty(), derived.links(), items.allCurrent()));
    RowWriter writer = new RowWriter(codeBooks.of(tenant));
    List<Derived> rows = new ArrayList<>();
    Set<String> adopted = new HashSet<>();
    int local = 0;
    for (ServiceItem i : r.current()) {
      MasterLink link = r.links().get(i.key());
      if (link == null) {
        local++;
        continue;
      }
      adopted.add(link.masterKey());
      ServiceItem m = r.master().get(link.masterKey());
      List<String> deviations =
          m == null
              ? List.of()
              : MasterLock.deviations(
                      writer.write(i.fields(), i.status().name()),
                      writer.write(m.fields(), m.status().name()))
                  .stream()
                  .map(Column::header)
                  .toList();
      rows.add(
          new Derived(
              i.key(),
              i.fields().name(),
              i.status().name(),
              link.masterKey(),
              m != null && MasterLock.follows(i.fields(), m.fields()),
              m == null,
              deviations));
    }
    List<NotAdopted> notAdopted =
        r.master().values().stream()
            .filter(m -> !adopted.contains(m.key()))
            .map(
                m ->
                    new NotAdopted(
                        m.key(), m.fields().name(), m.fields().itemType(), m.fields().baseCode()))
            .toList();
    return new Diff(tenant.provinceCode(), r.master().size(), local, List.copyOf(rows), notAdopted);
  }
}
