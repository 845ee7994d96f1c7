package cn.yangguang.catalogue.infrastructure;

import cn.yangguang.catalogue.domain.ServiceItem;
import java.io.Closeable;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * One county's index on this node: an in-memory directory, its only writer and a searcher manager
 * reopened from the writer (near-real-time) after changes, when the next search starts.
 *
 * <p>Why in memory: the index is not a record of anything. Each node rebuilds it from the database
 * at start and follows the outbox afterwards, so a disk copy would only add a second state that
 * could disagree; 4,000 items take a few MB (ADR 0019 has the measurements). Why no commit: nothing
 * reads the directory but this writer's near-real-time readers. Why a serial merge scheduler:
 * merges of such small segments are quick, and run on the writing thread instead of threads the
 * container does not manage.
 *
 * <p>Writes must be serialized by the caller ({@link LuceneItemSearch} holds a lock per county);
 * {@link #acquire()} and {@link #release} may be called from any thread, concurrently with writes.
 */
final class TenantIndex implements Closeable {

  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final AtomicLong written = new AtomicLong();
  private volatile long refreshed;

  TenantIndex() throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(ItemDocuments.indexAnalyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setCommitOnClose(false)
            .setMergeScheduler(new SerialMergeScheduler());
    writer = new IndexWriter(directory, config);
    searchers = new SearcherManager(writer, null);
  }

  /** Adds or replaces the item's document; visible to the next {@link #acquire()}. */
  void put(ServiceItem item) throws IOException {
    writer.updateDocument(new Term(ItemDocuments.KEY, item.key()), ItemDocuments.of(item));
    written.incrementAndGet();
  }

  /** Deletes the item's document; visible to the next {@link #acquire()}. */
  void delete(String key) throws IOException {
    writer.deleteDocuments(new Term(ItemDocuments.KEY, key));
    written.incrementAndGet();
  }

  /**
   * A searcher that sees every change made before this call; give it back with {@link #release}.
   * The searcher manager is refreshed here, when a search needs it, rather than after each write: a
   * refresh costs a few milliseconds (it writes a segment), and an import sends thousands of
   * changes in a row through the outbox tailer, which all listeners share.
   */
  IndexSearcher acquire() throws IOException {
    refresh();
    return searchers.acquire();
  }

  /** Makes every change made before this call visible to searchers acquired afterwards. */
  void refresh() throws IOException {
    long target = written.get();
    if (refreshed < target) {
      synchronized (this) {
        if (refreshed < target) {
          long now = written.get();
          searchers.maybeRefreshBlocking();
          refreshed = now;
        }
      }
    }
  }

  void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  /**
   * The key and version of every document in the index, as searchers see it now (a snapshot, for
   * comparing the index with the database; a document from before versions were stored reads 0).
   */
  Map<String, Integer> versions() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      Map<String, Integer> out = new HashMap<>();
      StoredFields stored = searcher.storedFields();
      Query all = new MatchAllDocsQuery();
      for (ScoreDoc d : searcher.search(all, Math.max(1, searcher.count(all))).scoreDocs) {
        Document doc = stored.document(d.doc, Set.of(ItemDocuments.KEY, ItemDocuments.VERSION));
        IndexableField version = doc.getField(ItemDocuments.VERSION);
        out.put(
            doc.get(ItemDocuments.KEY), version == null ? 0 : version.numericValue().intValue());
      }
      return out;
    } finally {
      release(searcher);
    }
  }

  /** The size of the index files (what the directory holds in memory), in bytes. */
  long sizeInBytes() throws IOException {
    long size = 0;
    for (String file : directory.listAll()) {
      try {
        size += directory.fileLength(file);
      } catch (NoSuchFileException | FileNotFoundException merged) {
        // deleted by a merge since it was listed
      }
    }
    return size;
  }

  @Override
  public void close() throws IOException {
    IOUtils.close(searchers, writer, directory);
  }
}
