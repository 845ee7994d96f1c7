package cn.yangguang.disclosure.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.disclosure.domain.DisclosureDocument;
import cn.yangguang.disclosure.domain.Validity;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Full-text search over a county's published documents, the same design as the catalogue's item
 * search (ADR 0019, ADR 0030): an index per county per node, fed from the outbox, rebuilt from the
 * database at start; Chinese matched by character bigrams so that any 2-character word of a body is
 * found.
 *
 * <p>Thread-safe. The index never decides visibility: callers re-read every hit in the county's
 * transaction. Failures are {@link IllegalStateException}; a missing index finds nothing.
 */
public interface DocumentSearch {

  /** Puts a published document into the county's index, replacing its previous entry. */
  void index(TenantRef tenant, DisclosureDocument published);

  /** Removes a document (withdrawn) from the county's index. */
  void remove(TenantRef tenant, UUID id);

  /** The county's documents matching the query, best first, at most {@code limit}. */
  List<Hit> search(TenantRef tenant, Query query, int limit);

  /** Replaces the county's index with these published documents. */
  void rebuild(TenantRef tenant, List<DisclosureDocument> published);

  /**
   * What to look for.
   *
   * @param text the words
   * @param columns only these columns (empty: all)
   * @param agency only this agency's, or null
   * @param year only those formed in this year, or null
   * @param validity only those in force or repealed, or null
   */
  record Query(String text, Set<String> columns, String agency, Integer year, Validity validity) {

    public Query {
      columns = columns == null ? Set.of() : Set.copyOf(columns);
    }

    /** A plain text query without filters. */
    public static Query of(String text) {
      return new Query(text, Set.of(), null, null, null);
    }
  }

  /**
   * A hit.
   *
   * @param titleHtml the title, HTML-escaped, matched words in {@code <mark>}
   * @param snippetHtml a passage of the body around the match, escaped and marked the same way
   */
  record Hit(UUID id, float score, String titleHtml, String snippetHtml) {}
}
