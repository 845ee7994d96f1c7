package cn.yangguang.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.junit.jupiter.api.Test;

class InMemoryIndexTest {

  private static List<IndexableField> doc(String id, String text) {
    return List.of(
        new StringField("id", id, Field.Store.YES), new TextField("text", text, Field.Store.NO));
  }

  private static int hits(InMemoryIndex index, String word) throws IOException {
    return index.search(s -> s.count(new TermQuery(new Term("text", word))));
  }

  private static int count(InMemoryIndex index) throws IOException {
    return index.search(s -> s.count(new MatchAllDocsQuery()));
  }

  @Test
  void aSearchSeesEveryChangeMadeBeforeIt() throws IOException {
    try (InMemoryIndex index = new InMemoryIndex(new StandardAnalyzer(), 16)) {
      assertThat(count(index)).isZero();
      index.put(new Term("id", "a"), doc("a", "river bridge"));
      index.put(new Term("id", "b"), doc("b", "mountain road"));
      assertThat(count(index)).isEqualTo(2);
      assertThat(hits(index, "bridge")).isOne();

      index.put(new Term("id", "a"), doc("a", "river ferry"));
      assertThat(count(index)).as("replaced, not added").isEqualTo(2);
      assertThat(hits(index, "bridge")).isZero();

      index.delete(new Term("id", "b"));
      assertThat(count(index)).isOne();
      assertThat(index.sizeInBytes()).isPositive();
    }
  }

  @Test
  void aClosedIndexRefusesWorkSoThatSwappingCallersRetry() throws IOException {
    InMemoryIndex index = new InMemoryIndex(new StandardAnalyzer(), 16);
    index.put(new Term("id", "a"), doc("a", "x"));
    InMemoryIndex.closeQuietly(index);
    InMemoryIndex.closeQuietly(null);
    assertThatThrownBy(() -> count(index)).isInstanceOf(AlreadyClosedException.class);
  }
}
