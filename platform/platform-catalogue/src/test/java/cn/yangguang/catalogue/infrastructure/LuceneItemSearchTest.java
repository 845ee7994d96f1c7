package cn.yangguang.catalogue.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.catalogue.application.ItemSearch.SearchHit;
import cn.yangguang.catalogue.domain.ServiceItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LuceneItemSearchTest {

  static final TenantRef JIANSHI = new TenantRef(UUID.randomUUID(), "jianshi", "420000");
  static final TenantRef KAIZHOU = new TenantRef(UUID.randomUUID(), "kaizhou", "500000");

  LuceneItemSearch search;

  @BeforeEach
  void build() {
    search = new LuceneItemSearch();
    search.rebuild(JIANSHI, SampleItems.all(), n -> {});
  }

  @AfterEach
  void close() {
    search.close();
  }

  @Test
  void everySampleQueryFindsItsItems() {
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, List<String>> q : SampleItems.QUERIES.entrySet()) {
      List<String> keys = keys(q.getKey());
      for (String expected : q.getValue()) {
        String key = expected.replace("!", "");
        if (!keys.contains(key)) {
          failures.add(q.getKey() + " misses " + key + " in " + keys);
        } else if (expected.startsWith("!") && !keys.get(0).equals(key)) {
          failures.add(q.getKey() + " ranks " + keys.get(0) + " above " + key);
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void twoCharacterWordsMatch() {
    assertThat(keys("户口")).first().isEqualTo("hk-qy");
    assertThat(keys("低保")).first().isEqualTo("db-gf");
  }

  @Test
  void namesRankAboveOtherFields() {
    // 营业执照 is the name of one item and the result of three others
    List<String> keys = keys("营业执照");
    assertThat(keys.get(0)).isEqualTo("yyzz-bl");
    assertThat(keys).contains("gt-sl", "gt-bg", "qy-sl");
  }

  @Test
  void anExactNameRanksFirst() {
    assertThat(keys("食品经营许可")).startsWith("sp-jy", "sp-jy-bg");
    assertThat(keys("结婚登记")).first().isEqualTo("jh-dj");
    assertThat(keys("不动产登记")).first().isEqualTo("bdc-dj");
  }

  @Test
  void nonsenseFindsNothingAndQuerySyntaxIsJustText() {
    for (String q : SampleItems.NONSENSE) {
      assertThat(search.search(JIANSHI, q, 10)).as(q).isEmpty();
    }
    assertThat(search.search(JIANSHI, null, 10)).isEmpty();
    assertThat(keys("营业执照 OR 量子")).isEmpty(); // two words: both required
    assertThat(keys("施工许可*")).containsExactly("sg-xk");
  }

  @Test
  void highlightsTheMatchedWordsInTheName() {
    assertThat(hit("施工许可").highlightedName()).isEqualTo("建筑工程<mark>施工许可</mark>证核发");
    assertThat(hit("低保").highlightedName()).isEqualTo("城乡居民<mark>最低生活保障</mark>金给付");
    assertThat(hit("户口").highlightedName()).isEqualTo("<mark>户口</mark>迁移");
    assertThat(hit("个体户 设立").highlightedName()).isEqualTo("<mark>个体工商户设立</mark>登记");
    // full-width letters and a word that is in no name: the name is still marked
    assertThat(hit("食品经营许可 ＡＢＣ").highlightedName()).isEqualTo("<mark>食品经营许可</mark>");
  }

  @Test
  void aNameMatchedOnlyThroughAnotherFieldIsEscapedWithoutMarks() {
    SearchHit viaMaterials = search.search(JIANSHI, "准予迁入证明", 10).get(0);
    assertThat(viaMaterials.key()).isEqualTo("hk-qy");
    assertThat(viaMaterials.highlightedName()).isEqualTo("户口迁移");
  }

  @Test
  void everythingInTheNameIsHtmlEscaped() {
    search.index(
        JIANSHI,
        SampleItems.item("x-1", "<script>alert('许可')</script> & 特殊许可", "scjgj", null, List.of()));
    String marked = hit("特殊许可").highlightedName();
    assertThat(marked)
        .isEqualTo(
            "&lt;script&gt;alert(&#x27;<mark>许可</mark>&#x27;)&lt;/script&gt; &amp; <mark>特殊许可</mark>");
    assertThat(marked.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
  }

  @Test
  void indexReplacesAndRemoveDeletes() {
    search.index(JIANSHI, SampleItems.item("hk-qy", 2, "户口迁移（跨省通办）", "gaj", null, List.of()));
    assertThat(search.search(JIANSHI, "跨省通办", 5))
        .extracting(SearchHit::key)
        .containsExactly("hk-qy");
    assertThat(keys("户口迁移")).containsOnlyOnce("hk-qy");
    search.remove(JIANSHI, "hk-qy");
    assertThat(keys("户口迁移")).doesNotContain("hk-qy");
    search.remove(JIANSHI, "not-there");
  }

  @Test
  void countiesHaveSeparateIndexes() {
    assertThat(search.search(KAIZHOU, "户口", 10)).isEmpty();
    search.index(KAIZHOU, SampleItems.item("kz-1", "户口登记", "gaj", null, List.of()));
    assertThat(search.search(KAIZHOU, "户口", 10)).extracting(SearchHit::key).containsExactly("kz-1");
    assertThat(keys("户口")).doesNotContain("kz-1");
  }

  @Test
  void limitIsObeyed() {
    assertThat(search.search(JIANSHI, "许可", 3)).hasSize(3);
    assertThat(search.search(JIANSHI, "许可", 0)).isEmpty();
    assertThat(search.search(JIANSHI, "许可", Integer.MAX_VALUE)).hasSizeGreaterThan(5);
  }

  @Test
  void rebuildReplacesTheIndexAndReportsProgress() {
    List<Integer> progress = new ArrayList<>();
    search.rebuild(JIANSHI, SampleItems.many(250), progress::add);
    assertThat(progress).containsExactly(100, 200, 250);
    assertThat(keys("户口迁移")).allMatch(k -> k.startsWith("hk-qy-"));
    search.rebuild(JIANSHI, List.of(), progress::add);
    assertThat(search.search(JIANSHI, "户口", 10)).isEmpty();
  }

  @Test
  void changesDuringARebuildAreKeptUnlessTheRebuildHadANewerVersion() {
    List<ServiceItem> list = new ArrayList<>(SampleItems.many(250));
    list.add(SampleItems.item("v-1", 3, "古树名木移植审批", "gaj", null, List.of()));
    search.rebuild(
        JIANSHI,
        list,
        n -> {
          if (n == 100) { // the outbox tailer, while the rebuild runs
            search.index(JIANSHI, SampleItems.item("late", "临时占用城市绿地审批", "gaj", null, List.of()));
            search.index(JIANSHI, SampleItems.item("v-1", 2, "古树名木砍伐审批", "gaj", null, List.of()));
            search.remove(JIANSHI, list.get(0).key());
          }
        });
    assertThat(keys("临时占用城市绿地")).first().isEqualTo("late");
    assertThat(keys("移植")).containsExactly("v-1");
    assertThat(keys("砍伐")).isEmpty();
    assertThat(keys(list.get(0).fields().name())).doesNotContain(list.get(0).key());
  }

  @Test
  void onlyPublishedVersionsAreIndexed() {
    ServiceItem retired =
        SampleItems.item("r-1", "已废止事项", "gaj", null, List.of()).retired(SampleItems.NOW);
    assertThatThrownBy(() -> search.index(JIANSHI, retired))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void searchesRunWhileTheIndexChanges() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        work.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 200; i++) {
                    assertThat(search.search(JIANSHI, "身份证", 10)).isNotEmpty();
                  }
                }));
      }
      work.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 50; i++) {
                  search.index(
                      JIANSHI, SampleItems.item("n-" + i, "新增事项" + i, "gaj", null, List.of()));
                  if (i % 10 == 0) {
                    search.rebuild(JIANSHI, SampleItems.all(), n -> {});
                  }
                }
              }));
      for (Future<?> f : work) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(keys("身份证")).contains("sfz-sl");
  }

  private List<String> keys(String query) {
    return search.search(JIANSHI, query, 50).stream().map(SearchHit::key).toList();
  }

  private SearchHit hit(String query) {
    List<SearchHit> hits = search.search(JIANSHI, query, 1);
    assertThat(hits).as(query).isNotEmpty();
    return hits.get(0);
  }
}
