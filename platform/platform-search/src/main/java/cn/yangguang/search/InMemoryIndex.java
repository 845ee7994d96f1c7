package cn.yangguang.search;

import java.io.Closeable;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * One index on this node: an in-memory directory, its only writer, and a searcher manager reopened
 * from the writer (near-real-time) when the next search starts after a change.
 *
 * <p>Why in memory: the index is not a record of anything. Each node rebuilds it from the database
 * at start and follows the outbox afterwards, so a disk copy would only add a second state that
 * could disagree (ADR 0019 has the sizes). Why no commit: nothing reads the directory but this
 * writer's near-real-time readers. Why a serial merge scheduler: merges of such small segments are
 * quick, and run on the writing thread instead of threads the container does not manage. Why
 * refresh on search rather than after each write: a refresh writes a segment (a few milliseconds),
 * and an import sends thousands of changes in a row through the outbox listener.
 *
 * <p>Threading: writes ({@link #put}, {@link #delete}) must be serialized by the caller (one lock
 * per county); {@link #search}, {@link #refresh} and {@link #sizeInBytes} may run on any thread,
 * concurrently with writes. After {@link #close} every method throws Lucene's {@code
 * AlreadyClosedException}; a caller that swaps indexes retries on the new one.
 */
public final class InMemoryIndex implements Closeable {

  private static final Logger LOG = Logger.getLogger(InMemoryIndex.class.getName());

  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final AtomicLong written = new AtomicLong();
  private volatile long refreshed;

  /**
   * An empty index.
   *
   * @param analyzer analyses the documents' text fields, not null
   * @param ramBufferMb the writer's buffer before it flushes a segment (Lucene's default is 16)
   */
  public InMemoryIndex(Analyzer analyzer, double ramBufferMb) throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setCommitOnClose(false)
            .setRAMBufferSizeMB(ramBufferMb)
            .setMergeScheduler(new SerialMergeScheduler());
    writer = new IndexWriter(directory, config);
    searchers = new SearcherManager(writer, null);
  }

  /**
   * Adds the document, or replaces the one with the same {@code id} term; seen by later searches.
   */
  public void put(Term id, Iterable<? extends IndexableField> document) throws IOException {
    writer.updateDocument(id, document);
    written.incrementAndGet();
  }

  /** Deletes the documents with the {@code id} term; seen by later searches. */
  public void delete(Term id) throws IOException {
    writer.deleteDocuments(id);
    written.incrementAndGet();
  }

  /** Something done with a searcher that sees every change made before it was acquired. */
  @FunctionalInterface
  public interface Search<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** Runs {@code search} with a current searcher, released afterwards whatever happens. */
  public <T> T search(Search<T> search) throws IOException {
    refresh();
    IndexSearcher searcher = searchers.acquire();
    try {
      return search.apply(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  /** Makes every change made before this call visible to searches started afterwards. */
  public void refresh() throws IOException {
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

  /** The size of the index files (what the directory holds in memory), in bytes. */
  public long sizeInBytes() throws IOException {
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

  /** Closes {@code index} (null is fine), logging instead of throwing: for swaps and shutdown. */
  public static void closeQuietly(InMemoryIndex index) {
    if (index != null) {
      try {
        index.close();
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.WARNING, "could not close a search index", e);
      }
    }
  }
}
