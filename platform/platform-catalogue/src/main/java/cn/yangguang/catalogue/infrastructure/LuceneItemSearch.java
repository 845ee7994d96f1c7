package cn.yangguang.catalogue.infrastructure;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.catalogue.application.ItemSearch;
import cn.yangguang.catalogue.domain.ServiceItem;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * The search port on Lucene 9: one in-memory index per county on each node (see {@link
 * TenantIndex}), CJK bigram fields searched with smartcn-segmented words and synonyms (see {@link
 * QueryWords} and {@link ItemQueries}), names marked by {@link NameMarks}; ADR 0019 records what
 * was measured and why.
 *
 * <p>Concurrency: a lock per county serializes its writes (the outbox tailer's {@link
 * #index}/{@link #remove}, and a {@link #rebuild}); searches take no lock. A rebuild builds the new
 * index aside and swaps it in; changes that arrive meanwhile are applied to the old index (so
 * searches keep seeing them) and replayed onto the new one before the swap, unless the rebuild's
 * list already had a newer version of the item. What can still be stale for a moment (a change read
 * from the database before the rebuild's list, replayed after it) is harmless: every hit is re-read
 * from the database before it is shown, and the next change of the item puts it right.
 *
 * <p>Only published versions are accepted by {@link #index} and {@link #rebuild}; anything else is
 * a caller's mistake and throws {@link IllegalArgumentException} before the index is touched.
 */
@ApplicationScoped
public class LuceneItemSearch implements ItemSearch {

  /** How often a rebuild reports progress. */
  static final int PROGRESS_EVERY = 100;

  /** Upper bound of {@code limit}: nobody reads further, and top-k cost grows with it. */
  static final int MAX_LIMIT = 1000;

  private static final Sort BY_SCORE_THEN_KEY =
      new Sort(SortField.FIELD_SCORE, new SortField(ItemDocuments.KEY_SORT, SortField.Type.STRING));

  private final ConcurrentMap<UUID, Slot> slots = new ConcurrentHashMap<>();
  private final QueryWords words;
  private final ItemQueries queries = new ItemQueries();

  /** Reads the synonyms and filler words shipped with the platform. */
  public LuceneItemSearch() {
    this(Synonyms.fromResource("synonyms.txt"), QueryWords.wordList("query-stopwords.txt"));
  }

  LuceneItemSearch(Synonyms synonyms, Set<String> stopwords) {
    this.words = new QueryWords(synonyms, stopwords);
  }

  /** A county's current index, and what a running rebuild must replay. */
  private static final class Slot {
    final ReentrantLock writeLock = new ReentrantLock();
    final ReentrantLock rebuildLock = new ReentrantLock();
    volatile TenantIndex index;

    /** Changes since the running rebuild started: key → item, or null for a removal. */
    Map<String, ServiceItem> replay;
  }

  @Override
  public void index(TenantRef tenant, ServiceItem published) {
    requirePublished(published);
    write(
        tenant, index -> index.put(published), slot -> slot.replay.put(published.key(), published));
  }

  @Override
  public void remove(TenantRef tenant, String key) {
    write(tenant, index -> index.delete(key), slot -> slot.replay.put(key, null));
  }

  @Override
  public List<SearchHit> search(TenantRef tenant, String query, int limit) {
    Slot slot = slots.get(tenant.id());
    QueryWords.Parsed parsed = words.parse(query);
    if (slot == null || limit <= 0 || parsed.isEmpty()) {
      return List.of();
    }
    Query q = queries.build(parsed);
    if (q == null) {
      return List.of();
    }
    int n = Math.min(limit, MAX_LIMIT);
    Set<String> needles = NameMarks.needles(parsed);
    while (true) {
      TenantIndex index = slot.index;
      try {
        return search(index, q, n, needles);
      } catch (AlreadyClosedException e) {
        if (slot.index == index) {
          throw e;
        }
        // a rebuild swapped the index (and closed this one) while it was being searched: again
      }
    }
  }

  @Override
  public void rebuild(TenantRef tenant, List<ServiceItem> published, IntConsumer progress) {
    published.forEach(LuceneItemSearch::requirePublished);
    Slot slot = slot(tenant);
    slot.rebuildLock.lock();
    try {
      locked(slot, () -> slot.replay = new HashMap<>());
      TenantIndex fresh = null;
      try {
        fresh = new TenantIndex();
        Map<String, Integer> versions = new HashMap<>();
        for (int i = 0; i < published.size(); i++) {
          fresh.put(published.get(i));
          versions.put(published.get(i).key(), published.get(i).version());
          if ((i + 1) % PROGRESS_EVERY == 0) {
            progress.accept(i + 1);
          }
        }
        swap(slot, fresh, versions);
      } catch (IOException | RuntimeException e) {
        closeQuietly(fresh);
        throw failure("rebuilding the index of " + tenant.slug(), e);
      } finally {
        locked(slot, () -> slot.replay = null);
      }
    } finally {
      slot.rebuildLock.unlock();
    }
    progress.accept(published.size());
  }

  @Override
  public Map<String, Integer> indexed(TenantRef tenant) {
    Slot slot = slots.get(tenant.id());
    TenantIndex index = slot == null ? null : slot.index;
    if (index == null) {
      return Map.of();
    }
    try {
      return index.versions();
    } catch (AlreadyClosedException e) {
      if (slot.index == index) {
        throw e;
      }
      return indexed(tenant); // a rebuild swapped the index meanwhile: read the new one
    } catch (IOException e) {
      throw failure("reading the index of " + tenant.slug(), e);
    }
  }

  /** The size of a county's index in memory, in bytes (0 when it has none), for metrics. */
  public long sizeInBytes(TenantRef tenant) {
    Slot slot = slots.get(tenant.id());
    TenantIndex index = slot == null ? null : slot.index;
    try {
      return index == null ? 0 : index.sizeInBytes();
    } catch (IOException | AlreadyClosedException e) {
      return 0;
    }
  }

  /** Frees every index when the application stops. */
  @PreDestroy
  public void close() {
    slots.values().forEach(s -> closeQuietly(s.index));
    slots.clear();
  }

  private List<SearchHit> search(TenantIndex index, Query q, int limit, Set<String> needles) {
    if (index == null) {
      return List.of(); // the county's first rebuild is still running
    }
    try {
      return index.search(
          searcher -> {
            TopDocs top = searcher.search(q, limit, BY_SCORE_THEN_KEY, true);
            List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
              Document doc =
                  searcher
                      .storedFields()
                      .document(sd.doc, Set.of(ItemDocuments.KEY, ItemDocuments.NAME));
              String name = NameMarks.mark(doc.get(ItemDocuments.NAME), needles);
              hits.add(new SearchHit(doc.get(ItemDocuments.KEY), sd.score, name));
            }
            return hits;
          });
    } catch (IOException e) {
      throw failure("searching", e);
    }
  }

  private void write(TenantRef tenant, IndexWork work, Consumer<Slot> record) {
    Slot slot = slot(tenant);
    slot.writeLock.lock();
    try {
      if (slot.index == null) {
        slot.index = new TenantIndex();
      }
      work.apply(slot.index);
      if (slot.replay != null) {
        record.accept(slot);
      }
    } catch (IOException e) {
      throw failure("updating the index of " + tenant.slug(), e);
    } finally {
      slot.writeLock.unlock();
    }
  }

  /** Replays the changes made during the rebuild onto the fresh index and puts it in place. */
  private static void swap(Slot slot, TenantIndex fresh, Map<String, Integer> versions)
      throws IOException {
    TenantIndex old;
    slot.writeLock.lock();
    try {
      for (Map.Entry<String, ServiceItem> change : slot.replay.entrySet()) {
        ServiceItem item = change.getValue();
        Integer rebuilt = versions.get(change.getKey());
        if (item == null) {
          fresh.delete(change.getKey());
        } else if (rebuilt == null || item.version() >= rebuilt) {
          fresh.put(item);
        }
      }
      fresh.refresh(); // the first search after the swap need not pay for it
      old = slot.index;
      slot.index = fresh;
    } finally {
      slot.writeLock.unlock();
    }
    closeQuietly(old);
  }

  private Slot slot(TenantRef tenant) {
    return slots.computeIfAbsent(tenant.id(), id -> new Slot());
  }

  private static void locked(Slot slot, Runnable work) {
    slot.writeLock.lock();
    try {
      work.run();
    } finally {
      slot.writeLock.unlock();
    }
  }

  private static void requirePublished(ServiceItem item) {
    if (item.status() != ServiceItem.Status.PUBLISHED) {
      throw new IllegalArgumentException(
          "only a published version is searchable: " + item.key() + " is " + item.status());
    }
  }

  private static IllegalStateException failure(String what, Exception e) {
    return new IllegalStateException("search index failure " + what + ": " + e, e);
  }

  private static void closeQuietly(TenantIndex index) {
    if (index != null) {
      index.closeQuietly();
    }
  }

  @FunctionalInterface
  private interface IndexWork {
    void apply(TenantIndex index) throws IOException;
  }
}
