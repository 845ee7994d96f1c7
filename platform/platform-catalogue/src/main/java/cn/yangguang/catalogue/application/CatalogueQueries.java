package cn.yangguang.catalogue.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.catalogue.domain.CodeBook;
import cn.yangguang.catalogue.domain.Column;
import cn.yangguang.catalogue.domain.DerivedItems;
import cn.yangguang.catalogue.domain.ItemRepository;
import cn.yangguang.catalogue.domain.MasterLink;
import cn.yangguang.catalogue.domain.MasterRepository;
import cn.yangguang.catalogue.domain.RowWriter;
import cn.yangguang.catalogue.domain.ServiceItem;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the portal, the console and the API read: published items, one item's public version, a
 * search whose every hit is re-read from the database under the county's row-level security (an
 * index entry alone never shows anything), and the export rows.
 */
@ApplicationScoped
public class CatalogueQueries {

  @Inject TenantTransactions transactions;
  @Inject ItemRepository items;
  @Inject ItemSearch search;
  @Inject CodeBooks codeBooks;
  @Inject DerivedItems derived;
  @Inject MasterRepository masters;

  /** A search result: the item as stored now, and how the index matched it. */
  public record Found(ServiceItem item, float score, String highlightedName) {}

  /** The county's published items, by key. */
  public List<ServiceItem> published(TenantRef tenant) {
    return transactions.call(tenant, () -> items.allPublished());
  }

  /** The published version of one item. */
  public Optional<ServiceItem> published(TenantRef tenant, String key) {
    return transactions.call(tenant, () -> items.published(key));
  }

  /** The working version of every item (drafts included), for the console. */
  public List<ServiceItem> current(TenantRef tenant) {
    return transactions.call(tenant, () -> items.allCurrent());
  }

  /**
   * Published items matching the query, best first; hits the database no longer has published are
   * dropped.
   */
  public List<Found> search(TenantRef tenant, String query, int limit) {
    List<ItemSearch.SearchHit> hits = search.search(tenant, query, limit);
    return transactions.call(
        tenant,
        () -> {
          // one query for all hits; the ranking stays the index's
          java.util.Map<String, ServiceItem> live = new java.util.HashMap<>();
          for (ServiceItem i :
              items.published(hits.stream().map(ItemSearch.SearchHit::key).toList())) {
            live.put(i.key(), i);
          }
          List<Found> found = new ArrayList<>();
          for (ItemSearch.SearchHit h : hits) {
            ServiceItem i = live.get(h.key());
            if (i != null) {
              found.add(new Found(i, h.score(), h.highlightedName()));
            }
          }
          return found;
        });
  }

  /** The county's working list as export rows (the import format), drafts with their status. */
  public List<Map<Column, String>> export(TenantRef tenant) {
    CodeBook book = codeBooks.of(tenant);
    RowWriter writer = new RowWriter(book);
    Map<String, MasterLink> links = new java.util.HashMap<>();
    List<ServiceItem> current =
        transactions.call(
            tenant,
            () -> {
              links.putAll(derived.links());
              return items.allCurrent();
            });
    return current.stream()
        .filter(i -> i.status() != ServiceItem.Status.SUPERSEDED)
        .map(
            i -> {
              Map<Column, String> row = writer.write(i.fields(), i.status().name());
              MasterLink link = links.get(i.key());
              if (link != null) {
                row.put(Column.MASTER_KEY, link.masterKey());
              }
              return row;
            })
        .toList();
  }

  /** The keys of the county's items that derive from its province master. */
  public java.util.Set<String> derivedKeys(TenantRef tenant) {
    return transactions.call(tenant, () -> java.util.Set.copyOf(derived.links().keySet()));
  }

  /** The published items of the county's province master (none for another province's). */
  public List<ServiceItem> master(TenantRef tenant) {
    return transactions.call(tenant, () -> List.copyOf(masters.publishedForCounty().values()));
  }

  /** The code book of a county (labels for pages). */
  public CodeBook codes(TenantRef tenant) {
    return codeBooks.of(tenant);
  }
}
