package cn.yangguang.catalogue.infrastructure;

import cn.yangguang.catalogue.domain.ItemFields;
import cn.yangguang.catalogue.domain.ServiceItem;
import java.io.Reader;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * The search document of an item and how its fields are analyzed.
 *
 * <p>Chinese text is indexed as overlapping character bigrams (CJK bigrams), not as smartcn words:
 * a bigram phrase finds any substring of two or more characters ({@code 施工许可} inside {@code
 * 建筑工程施工许可证核发}, which smartcn indexes as 施工 + 许可证 and then misses), and it needs no dictionary of
 * the province's vocabulary. The name also gets single characters, at the same positions as the
 * bigrams, so that a one-character query still finds names; the other fields do not need that.
 * Values of a multi-valued field are 100 positions apart so that no phrase spans two materials. The
 * measurements behind the choice are in ADR 0019.
 */
final class ItemDocuments {

  static final String KEY = "key";
  static final String KEY_SORT = "key_sort";

  /** The indexed version, stored so that the index can be compared with the database. */
  static final String VERSION = "version";

  static final String NAME = "name";
  static final String NAME_EXACT = "name_exact";
  static final String RESULT = "result";
  static final String MATERIALS = "materials";
  static final String BASIS = "basis";
  static final String CONDITIONS = "conditions";
  static final String CODES = "codes";
  static final String DEPARTMENT = "department";
  static final String THEME = "theme";

  private static final int ALL_CJK_SCRIPTS =
      CJKBigramFilter.HAN
          | CJKBigramFilter.HIRAGANA
          | CJKBigramFilter.KATAKANA
          | CJKBigramFilter.HANGUL;

  /** Full-text fields and their weights: a word in the name counts most. */
  static final Map<String, Float> TEXT_FIELDS =
      Map.of(NAME, 10f, RESULT, 4f, MATERIALS, 2f, BASIS, 1f, CONDITIONS, 1f);

  private ItemDocuments() {}

  /** The analyzer that writes documents: bigrams, plus single characters in the name. */
  static Analyzer indexAnalyzer() {
    return new PerFieldAnalyzerWrapper(bigrams(false), Map.of(NAME, bigrams(true)));
  }

  /** The analyzer of query words: bigrams only (a lone character stays a single character). */
  static Analyzer queryAnalyzer() {
    return bigrams(false);
  }

  /** The document of a published item. */
  static Document of(ServiceItem item) {
    ItemFields f = item.fields();
    Document doc = new Document();
    doc.add(new StringField(KEY, f.key(), Field.Store.YES));
    doc.add(new SortedDocValuesField(KEY_SORT, new BytesRef(f.key())));
    doc.add(new StoredField(VERSION, item.version()));
    doc.add(new TextField(NAME, f.name(), Field.Store.YES)); // stored for the marks
    doc.add(new StringField(NAME_EXACT, exact(f.name()), Field.Store.NO));
    text(doc, RESULT, f.resultName());
    f.materials().forEach(m -> text(doc, MATERIALS, m.name()));
    text(doc, BASIS, f.legalBasis());
    text(doc, CONDITIONS, f.conditions());
    code(doc, CODES, f.key());
    code(doc, CODES, f.baseCode());
    code(doc, DEPARTMENT, f.departmentCode());
    f.themes().forEach(t -> code(doc, THEME, t));
    return doc;
  }

  /** A name or a query as compared whole: normalized, without spaces and punctuation. */
  static String exact(String text) {
    StringBuilder sb = new StringBuilder();
    Synonyms.normalize(text)
        .codePoints()
        .filter(cp -> Character.isLetterOrDigit(cp) || cp == '-' || cp == '_')
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  private static void text(Document doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new TextField(field, value, Field.Store.NO));
    }
  }

  private static void code(Document doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new StringField(field, value.strip().toLowerCase(Locale.ROOT), Field.Store.NO));
    }
  }

  private static Analyzer bigrams(boolean unigrams) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new CJKBigramFilter(stream, ALL_CJK_SCRIPTS, unigrams);
        return new TokenStreamComponents(source, stream);
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new CJKWidthCharFilter(reader);
      }

      @Override
      public int getPositionIncrementGap(String fieldName) {
        return 100;
      }
    };
  }
}
