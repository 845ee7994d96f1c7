package cn.yangguang.catalogue.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.junit.jupiter.api.Test;

class SynonymsTest {

  final Synonyms shipped = Synonyms.fromResource("synonyms.txt");

  @Test
  void theShippedFileIsSolrSyntaxWithAtLeastThirtyRules() throws Exception {
    try (InputStream in = Synonyms.class.getResourceAsStream("synonyms.txt")) {
      SolrSynonymParser solr = new SolrSynonymParser(true, true, new WhitespaceAnalyzer());
      solr.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
      assertThat(solr.build().words.size()).isGreaterThan(30);
    }
    assertThat(shipped.size()).isGreaterThanOrEqualTo(30);
  }

  @Test
  void explicitRulesAddTheirTargetsAndEquivalencesGoBothWays() {
    assertThat(shipped.of("低保")).containsExactly("最低生活保障");
    assertThat(shipped.of("医保")).containsExactly("医疗保障", "医疗保险");
    assertThat(shipped.of("最低生活保障")).isEmpty();
    assertThat(shipped.of("残疾证")).containsExactly("残疾人证");
    assertThat(shipped.of("残疾人证")).containsExactly("残疾证");
    assertThat(shipped.has("个体户")).isTrue();
  }

  @Test
  void queryWordsRecognizeSynonymsOnlyOnWordBoundaries() {
    QueryWords words = new QueryWords(shipped, QueryWords.wordList("query-stopwords.txt"));
    assertThat(texts(words, "低保申请")).containsExactly("低保");
    assertThat(texts(words, "老年证")).containsExactly("老年证");
    assertThat(texts(words, "社保卡补办")).first().isEqualTo("社保卡");
    assertThat(texts(words, "最低保障")).containsExactly("最低", "保障");
    assertThat(texts(words, "怎么办理身份证")).containsExactly("身份证");
    assertThat(texts(words, "申请")).containsExactly("申请");
    assertThat(texts(words, "jsx-FGJ　项目")).containsExactly("jsx-fgj", "项目");
    assertThat(words.parse("*:* OR \"x\"").words())
        .extracting(QueryWords.Word::text)
        .containsExactly("or", "x");
  }

  @Test
  void malformedLinesAreRejectedWithTheirNumber() {
    assertThatThrownBy(() -> parse("a => b\n\nc => d => e"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 3");
    assertThatThrownBy(() -> parse("a, , b")).hasMessageContaining("line 1");
    assertThatThrownBy(() -> parse(" => b")).hasMessageContaining("line 1");
  }

  private static Synonyms parse(String text) throws Exception {
    return Synonyms.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> texts(QueryWords words, String q) {
    return words.parse(q).words().stream().map(QueryWords.Word::text).toList();
  }
}
