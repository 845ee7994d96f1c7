package cn.yangguang.catalogue.infrastructure;

import cn.yangguang.catalogue.infrastructure.QueryWords.Parsed;
import cn.yangguang.catalogue.infrastructure.QueryWords.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds the Lucene query of a parsed text, programmatically: the user's text never reaches a query
 * parser, so {@code *:*}, quotes or {@code OR} are just characters.
 *
 * <p>Each word matches as a bigram phrase (or a synonym's phrase, worth a little less) in any text
 * field, weighted by field ({@link ItemDocuments#TEXT_FIELDS}); a word without Chinese also matches
 * a key, base, department or theme code exactly. All words are required up to two, all but one
 * beyond (a resident's extra word should not empty the list); single characters are optional.
 * Ranking on top of BM25: a chunk found whole in a name adds, and a name equal to the whole query
 * adds most, so the exact item comes first.
 */
final class ItemQueries {

  static final float SYNONYM_WEIGHT = 0.8f;
  static final float CHUNK_IN_NAME_BOOST = 5f;
  static final float EXACT_NAME_BOOST = 50f;

  private final QueryBuilder phrases = new QueryBuilder(ItemDocuments.queryAnalyzer());

  /** The query of these words, or null when there is nothing to search for. */
  Query build(Parsed parsed) {
    List<Query> strong = new ArrayList<>();
    List<Query> weak = new ArrayList<>();
    for (Word w : parsed.words()) {
      Query q = word(w);
      if (q != null) {
        (w.weak() ? weak : strong).add(q);
      }
    }
    if (strong.isEmpty()) {
      strong = weak;
      weak = List.of();
    }
    if (strong.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder required = new BooleanQuery.Builder();
    strong.forEach(q -> required.add(q, Occur.SHOULD));
    required.setMinimumNumberShouldMatch(strong.size() <= 2 ? strong.size() : strong.size() - 1);
    BooleanQuery.Builder top = new BooleanQuery.Builder();
    top.add(required.build(), Occur.MUST);
    weak.forEach(q -> top.add(q, Occur.SHOULD));
    for (String chunk : parsed.chunks()) {
      Query whole = phrases.createPhraseQuery(ItemDocuments.NAME, chunk);
      if (whole != null) {
        top.add(new BoostQuery(whole, CHUNK_IN_NAME_BOOST), Occur.SHOULD);
      }
    }
    if (!parsed.exact().isEmpty()) {
      Query exact = new TermQuery(new Term(ItemDocuments.NAME_EXACT, parsed.exact()));
      top.add(new BoostQuery(exact, EXACT_NAME_BOOST), Occur.SHOULD);
    }
    return top.build();
  }

  /** One word: the best of its phrases and synonyms over the fields. */
  private Query word(Word w) {
    List<Query> alternatives = new ArrayList<>();
    for (Map.Entry<String, Float> field : ItemDocuments.TEXT_FIELDS.entrySet()) {
      add(alternatives, phrases.createPhraseQuery(field.getKey(), w.text()), field.getValue());
      for (String synonym : w.synonyms()) {
        add(
            alternatives,
            phrases.createPhraseQuery(field.getKey(), synonym),
            field.getValue() * SYNONYM_WEIGHT);
      }
    }
    if (w.code()) {
      float name = ItemDocuments.TEXT_FIELDS.get(ItemDocuments.NAME);
      add(alternatives, new TermQuery(new Term(ItemDocuments.CODES, w.text())), name);
      add(alternatives, new TermQuery(new Term(ItemDocuments.DEPARTMENT, w.text())), 3f);
      add(alternatives, new TermQuery(new Term(ItemDocuments.THEME, w.text())), 1f);
    }
    return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, 0.1f);
  }

  private static void add(List<Query> alternatives, Query q, float boost) {
    if (q != null) {
      alternatives.add(new BoostQuery(q, boost));
    }
  }
}
