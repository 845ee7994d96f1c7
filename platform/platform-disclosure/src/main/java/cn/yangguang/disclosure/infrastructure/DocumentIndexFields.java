package cn.yangguang.disclosure.infrastructure;

import cn.yangguang.disclosure.application.DocumentSearch;
import cn.yangguang.disclosure.domain.DisclosureDocument;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * How a document becomes a Lucene document, and a query a Lucene query.
 *
 * <p>Title and body are analysed into CJK bigrams (ADR 0019 measured bigrams as the only analysis
 * that finds every 2-character word; for long bodies it is also the cheapest to index). Each chunk
 * of the query (split at spaces and punctuation) must match as a bigram phrase in the title or the
 * body, the title counting three times; a 2-character word is a single bigram term. Filters are
 * keyword fields and do not score. The query is built from the analysed text, never parsed, so no
 * input is query syntax.
 */
final class DocumentIndexFields {

  static final String ID = "id";
  static final String ID_SORT = "id_sort";
  static final String TITLE = "title";
  static final String BODY = "body";
  static final String COLUMN = "column";
  static final String AGENCY = "agency";
  static final String YEAR = "year";
  static final String VALIDITY = "validity";

  /** The longest query read; beyond it, words are ignored. */
  static final int MAX_QUERY_CHARS = 100;

  private static final FieldType TEXT = text();

  private DocumentIndexFields() {}

  private static FieldType text() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  /** The analyzer of the text fields and of queries; no stop words (短 words matter). */
  static Analyzer analyzer() {
    return new CJKAnalyzer(CharArraySet.EMPTY_SET);
  }

  static Document of(DisclosureDocument d) {
    Document doc = new Document();
    String id = d.id().toString();
    doc.add(new StringField(ID, id, Field.Store.YES));
    doc.add(new SortedDocValuesField(ID_SORT, new BytesRef(id)));
    doc.add(new Field(TITLE, d.fields().title(), TEXT));
    doc.add(new Field(BODY, d.fields().body(), TEXT));
    doc.add(new StringField(COLUMN, d.fields().columnCode(), Field.Store.NO));
    doc.add(new StringField(AGENCY, d.fields().agencyCode(), Field.Store.NO));
    doc.add(new StringField(YEAR, String.valueOf(d.fields().formedOn().getYear()), Field.Store.NO));
    doc.add(new StringField(VALIDITY, d.validity().name(), Field.Store.NO));
    doc.add(new StoredField("indexNumber", d.indexNumber()));
    return doc;
  }

  /** The chunks of a query: runs between spaces and punctuation, at most 10. */
  static List<String> chunks(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    String t = text.length() > MAX_QUERY_CHARS ? text.substring(0, MAX_QUERY_CHARS) : text;
    for (String c : t.split("[\\p{Z}\\s\\p{P}\\p{S}]+")) {
      if (!c.isEmpty() && out.size() < 10) {
        out.add(c);
      }
    }
    return out;
  }

  /** The Lucene query, or null when the text has nothing to search for. */
  static Query query(DocumentSearch.Query q, Analyzer analyzer) {
    QueryBuilder builder = new QueryBuilder(analyzer);
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int words = 0;
    for (String chunk : chunks(q.text())) {
      Query inTitle = builder.createPhraseQuery(TITLE, chunk);
      Query inBody = builder.createPhraseQuery(BODY, chunk);
      if (inTitle == null || inBody == null) {
        continue;
      }
      all.add(
          new BooleanQuery.Builder()
              .add(new BoostQuery(inTitle, 3f), BooleanClause.Occur.SHOULD)
              .add(inBody, BooleanClause.Occur.SHOULD)
              .build(),
          BooleanClause.Occur.MUST);
      words++;
    }
    if (words == 0) {
      return null;
    }
    if (!q.columns().isEmpty()) {
      all.add(
          new TermInSetQuery(COLUMN, q.columns().stream().map(BytesRef::new).toList()),
          BooleanClause.Occur.FILTER);
    }
    filter(all, AGENCY, q.agency());
    filter(all, YEAR, q.year() == null ? null : String.valueOf(q.year()));
    filter(all, VALIDITY, q.validity() == null ? null : q.validity().name());
    return all.build();
  }

  private static void filter(BooleanQuery.Builder all, String field, String value) {
    if (value != null) {
      all.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
    }
  }
}
