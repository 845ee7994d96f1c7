package cn.yangguang.disclosure.infrastructure;

import cn.yangguang.disclosure.domain.DisclosureDocument;
import java.io.Closeable;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * One county's document index on this node: in memory, its only writer and near-real-time searchers
 * refreshed when a search needs them. The same choices as the catalogue's index (not a record,
 * rebuilt at start, no commits; ADR 0019), for the same reasons.
 *
 * <p>Writes are serialized by the caller; {@link #acquire()} and {@link #release} may run
 * concurrently with them.
 */
final class DocumentIndex implements Closeable {

  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final AtomicLong written = new AtomicLong();
  private volatile long refreshed;

  DocumentIndex() throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(DocumentIndexFields.analyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setCommitOnClose(false)
            .setRAMBufferSizeMB(64)
            .setMergeScheduler(new SerialMergeScheduler());
    writer = new IndexWriter(directory, config);
    searchers = new SearcherManager(writer, null);
  }

  void put(DisclosureDocument d) throws IOException {
    writer.updateDocument(
        new Term(DocumentIndexFields.ID, d.id().toString()), DocumentIndexFields.of(d));
    written.incrementAndGet();
  }

  void delete(UUID id) throws IOException {
    writer.deleteDocuments(new Term(DocumentIndexFields.ID, id.toString()));
    written.incrementAndGet();
  }

  IndexSearcher acquire() throws IOException {
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
    return searchers.acquire();
  }

  void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  @Override
  public void close() throws IOException {
    IOUtils.close(searchers, writer, directory);
  }
}
