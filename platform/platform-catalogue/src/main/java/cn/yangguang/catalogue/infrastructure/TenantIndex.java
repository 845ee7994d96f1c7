package cn.yangguang.catalogue.infrastructure;

import cn.yangguang.catalogue.domain.ServiceItem;
import cn.yangguang.search.InMemoryIndex;
import java.io.Closeable;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * One county's item index on this node: the platform's {@link InMemoryIndex} (its lifecycle and
 * threading contract) holding one document per published item, keyed by the item's key.
 */
final class TenantIndex implements Closeable {

  /** Lucene's default writer buffer: a county's catalogue is a few thousand small documents. */
  private static final double RAM_BUFFER_MB = 16;

  private final InMemoryIndex index;

  TenantIndex() throws IOException {
    index = new InMemoryIndex(ItemDocuments.indexAnalyzer(), RAM_BUFFER_MB);
  }

  /** Adds or replaces the item's document. */
  void put(ServiceItem item) throws IOException {
    index.put(new Term(ItemDocuments.KEY, item.key()), ItemDocuments.of(item));
  }

  /** Deletes the item's document. */
  void delete(String key) throws IOException {
    index.delete(new Term(ItemDocuments.KEY, key));
  }

  <T> T search(InMemoryIndex.Search<T> search) throws IOException {
    return index.search(search);
  }

  void refresh() throws IOException {
    index.refresh();
  }

  /**
   * The key and version of every document in the index, as searchers see it now (a snapshot, for
   * comparing the index with the database; a document from before versions were stored reads 0).
   */
  Map<String, Integer> versions() throws IOException {
    return index.search(
        searcher -> {
          Map<String, Integer> out = new HashMap<>();
          StoredFields stored = searcher.storedFields();
          Query all = new MatchAllDocsQuery();
          for (ScoreDoc d : searcher.search(all, Math.max(1, searcher.count(all))).scoreDocs) {
            Document doc = stored.document(d.doc, Set.of(ItemDocuments.KEY, ItemDocuments.VERSION));
            IndexableField version = doc.getField(ItemDocuments.VERSION);
            out.put(
                doc.get(ItemDocuments.KEY),
                version == null ? 0 : version.numericValue().intValue());
          }
          return out;
        });
  }

  long sizeInBytes() throws IOException {
    return index.sizeInBytes();
  }

  @Override
  public void close() throws IOException {
    index.close();
  }

  /** Closes, logging instead of throwing: for swaps and shutdown. */
  void closeQuietly() {
    InMemoryIndex.closeQuietly(index);
  }
}
