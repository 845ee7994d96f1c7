package cn.yangguang.disclosure.infrastructure;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.disclosure.application.DocumentSearch;
import cn.yangguang.disclosure.domain.DisclosureDocument;
import cn.yangguang.disclosure.domain.DocumentStatus;
import cn.yangguang.search.InMemoryIndex;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * The document search on Lucene 9: one in-memory index per county on each node ({@link
 * InMemoryIndex}, shared with the catalogue), bigram fields and phrase queries ({@link
 * DocumentIndexFields}), titles and passages marked by the unified highlighter (HTML-escaped,
 * matches in {@code <mark>}).
 *
 * <p>Concurrency: a lock per county serializes its writes and rebuilds; searches take no lock. A
 * rebuild fills a fresh index under the lock and swaps it in, so the outbox tailer's changes wait
 * for it and then apply to the fresh index; searches meanwhile read the old one.
 */
@ApplicationScoped
public class LuceneDocumentSearch implements DocumentSearch {

  /** Upper bound of {@code limit}. */
  static final int MAX_LIMIT = 1000;

  private static final Sort BY_SCORE_THEN_ID =
      new Sort(
          SortField.FIELD_SCORE, new SortField(DocumentIndexFields.ID_SORT, SortField.Type.STRING));

  private final ConcurrentMap<UUID, Slot> slots = new ConcurrentHashMap<>();
  private final Analyzer analyzer = DocumentIndexFields.analyzer();

  private static final class Slot {
    final ReentrantLock lock = new ReentrantLock();
    volatile InMemoryIndex index;
  }

  @Override
  public void index(TenantRef tenant, DisclosureDocument published) {
    requirePublished(published);
    write(tenant, i -> put(i, published));
  }

  @Override
  public void remove(TenantRef tenant, UUID id) {
    write(tenant, i -> i.delete(idTerm(id)));
  }

  private static void put(InMemoryIndex index, DisclosureDocument d) throws IOException {
    index.put(idTerm(d.id()), DocumentIndexFields.of(d));
  }

  private static Term idTerm(UUID id) {
    return new Term(DocumentIndexFields.ID, id.toString());
  }

  @Override
  public void rebuild(TenantRef tenant, List<DisclosureDocument> published) {
    published.forEach(LuceneDocumentSearch::requirePublished);
    Slot slot = slots.computeIfAbsent(tenant.id(), id -> new Slot());
    slot.lock.lock();
    InMemoryIndex fresh = null;
    try {
      fresh = newIndex();
      for (DisclosureDocument d : published) {
        put(fresh, d);
      }
      fresh.refresh(); // now, not on the first search
      InMemoryIndex old = slot.index;
      slot.index = fresh;
      fresh = null;
      closeQuietly(old);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("rebuilding the document index of " + tenant.slug(), e);
    } finally {
      closeQuietly(fresh);
      slot.lock.unlock();
    }
  }

  @Override
  public List<Hit> search(TenantRef tenant, DocumentSearch.Query query, int limit) {
    Slot slot = slots.get(tenant.id());
    org.apache.lucene.search.Query q = DocumentIndexFields.query(query, analyzer);
    if (slot == null || q == null || limit <= 0) {
      return List.of();
    }
    int n = Math.min(limit, MAX_LIMIT);
    while (true) {
      InMemoryIndex index = slot.index;
      if (index == null) {
        return List.of();
      }
      try {
        return search(index, q, n);
      } catch (AlreadyClosedException e) {
        if (slot.index == index) {
          throw e;
        }
        // a rebuild swapped the index while it was searched: again on the new one
      }
    }
  }

  private List<Hit> search(InMemoryIndex index, org.apache.lucene.search.Query q, int limit) {
    try {
      return index.search(searcher -> hits(searcher, q, limit));
    } catch (IOException e) {
      throw new IllegalStateException("searching documents: " + e, e);
    }
  }

  private List<Hit> hits(IndexSearcher searcher, org.apache.lucene.search.Query q, int limit)
      throws IOException {
    TopDocs top = searcher.search(q, limit, BY_SCORE_THEN_ID, true);
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
            .withMaxLength(20_000)
            .build();
    Map<String, String[]> marks =
        highlighter.highlightFields(
            new String[] {DocumentIndexFields.TITLE, DocumentIndexFields.BODY},
            q,
            top,
            new int[] {1, 2});
    List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
    for (int i = 0; i < top.scoreDocs.length; i++) {
      var stored =
          searcher
              .storedFields()
              .document(
                  top.scoreDocs[i].doc, Set.of(DocumentIndexFields.ID, DocumentIndexFields.TITLE));
      String title = marks.get(DocumentIndexFields.TITLE)[i];
      if (title == null) {
        title = escape(stored.get(DocumentIndexFields.TITLE));
      }
      String snippet = marks.get(DocumentIndexFields.BODY)[i];
      hits.add(
          new Hit(
              UUID.fromString(stored.get(DocumentIndexFields.ID)),
              top.scoreDocs[i].score,
              title,
              snippet == null ? "" : snippet));
    }
    return hits;
  }

  /** Frees every index when the application stops. */
  @PreDestroy
  public void close() {
    slots.values().forEach(s -> closeQuietly(s.index));
    slots.clear();
  }

  private void write(TenantRef tenant, IndexWork work) {
    Slot slot = slots.computeIfAbsent(tenant.id(), id -> new Slot());
    slot.lock.lock();
    try {
      if (slot.index == null) {
        slot.index = newIndex();
      }
      work.apply(slot.index);
    } catch (IOException e) {
      throw new IllegalStateException("updating the document index of " + tenant.slug(), e);
    } finally {
      slot.lock.unlock();
    }
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#x27;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static void requirePublished(DisclosureDocument d) {
    if (d.status() != DocumentStatus.PUBLISHED) {
      throw new IllegalArgumentException(
          "only a published document is searchable: " + d.indexNumber() + " is " + d.status());
    }
  }

  /**
   * A county's empty document index; documents carry whole texts, so the writer buffers more before
   * it flushes a segment than the catalogue's.
   */
  private InMemoryIndex newIndex() throws IOException {
    return new InMemoryIndex(analyzer, 64);
  }

  private static void closeQuietly(InMemoryIndex index) {
    InMemoryIndex.closeQuietly(index);
  }

  @FunctionalInterface
  private interface IndexWork {
    void apply(InMemoryIndex index) throws IOException;
  }
}
