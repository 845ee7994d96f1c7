package cn.yangguang.catalogue.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.catalogue.domain.ServiceItem;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Full-text search over a county's published items (Chinese: words of two characters, abbreviations
 * through synonyms kept as data). An index per node, fed from the outbox and rebuilt from the
 * database.
 *
 * <p>Thread-safe. Implementations never decide visibility: callers re-read every hit from the
 * database in the county's transaction before showing it. Failures of the index are reported as
 * {@link IllegalStateException}; searching an empty or missing index returns no hits.
 */
public interface ItemSearch {

  /** Puts the published version of an item into the county's index, replacing the previous one. */
  void index(TenantRef tenant, ServiceItem published);

  /** Removes an item (retired) from the county's index. */
  void remove(TenantRef tenant, String key);

  /**
   * The county's items matching the query, best first.
   *
   * @param limit at most this many hits
   */
  List<SearchHit> search(TenantRef tenant, String query, int limit);

  /**
   * Replaces the county's index with these published items.
   *
   * @param progress told the number of items indexed so far, now and then
   */
  void rebuild(TenantRef tenant, List<ServiceItem> published, IntConsumer progress);

  /**
   * What this node's index of the county holds: the key and version of every item in it (empty
   * before the county's first rebuild). A snapshot, for comparing the index with the database.
   */
  Map<String, Integer> indexed(TenantRef tenant);

  /**
   * A hit.
   *
   * @param key the item's key
   * @param highlightedName the name with the matched words in {@code <mark>}, HTML-escaped
   */
  record SearchHit(String key, float score, String highlightedName) {}
}
