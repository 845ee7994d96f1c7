package cn.yangguang.disclosure.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.disclosure.application.DocumentSearch;
import cn.yangguang.disclosure.domain.DisclosureDocument;
import cn.yangguang.disclosure.domain.DocumentFields;
import cn.yangguang.disclosure.domain.DocumentKind;
import cn.yangguang.disclosure.domain.Step;
import cn.yangguang.disclosure.domain.Validity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LuceneDocumentSearchTest {

  static final TenantRef JIANSHI = new TenantRef(UUID.randomUUID(), "jianshi", "420000");
  static final TenantRef SHENQIU = new TenantRef(UUID.randomUUID(), "shenqiu", "410000");
  static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
  static final Set<String> BOTH = Set.of("discloser", "secrecy");

  final LuceneDocumentSearch search = new LuceneDocumentSearch();

  @AfterEach
  void close() {
    search.close();
  }

  static DisclosureDocument published(
      String column, String agency, String title, String body, int year) {
    DocumentFields f =
        new DocumentFields(
            column,
            agency,
            title,
            body,
            DocumentKind.OTHER,
            null,
            "县政府",
            "GENERAL",
            LocalDate.of(year, 3, 1));
    return DisclosureDocument.draft(UUID.randomUUID(), "X/" + year, f, null, "a", NOW)
        .take(Step.SUBMIT, BOTH, NOW, null)
        .take(Step.APPROVE, BOTH, NOW, null)
        .take(Step.PUBLISH, BOTH, NOW, null);
  }

  List<UUID> ids(TenantRef t, DocumentSearch.Query q) {
    return search.search(t, q, 10).stream().map(DocumentSearch.Hit::id).toList();
  }

  List<UUID> ids(TenantRef t, String q) {
    return ids(t, DocumentSearch.Query.of(q));
  }

  @Test
  void anyTwoCharacterWordOfTheBodyFindsTheDocumentWithAMarkedPassage() {
    DisclosureDocument tea =
        published("government", "a", "茶园管护通知", "为促进茶农增收，现就秋冬季施肥修剪有关事项通知如下。", 2026);
    search.index(JIANSHI, tea);
    for (String word : List.of("茶农", "增收", "施肥", "修剪", "秋冬", "有关")) {
      assertThat(ids(JIANSHI, word)).as(word).containsExactly(tea.id());
    }
    DocumentSearch.Hit hit = search.search(JIANSHI, DocumentSearch.Query.of("施肥"), 1).get(0);
    assertThat(hit.snippetHtml()).contains("<mark>施肥</mark>");
    assertThat(ids(JIANSHI, "茶园 增收")).containsExactly(tea.id());
    assertThat(ids(JIANSHI, "茶园 飞船")).isEmpty();
    assertThat(ids(JIANSHI, "农增")).containsExactly(tea.id()); // bigrams across words too
  }

  @Test
  void countiesAreKeptApart() {
    DisclosureDocument d = published("government", "a", "蜂箱管理", "蜂箱远离喷药区。", 2026);
    search.index(JIANSHI, d);
    assertThat(ids(JIANSHI, "蜂箱")).containsExactly(d.id());
    assertThat(ids(SHENQIU, "蜂箱")).isEmpty();
  }

  @Test
  void filtersByColumnAgencyYearAndValidity() {
    DisclosureDocument a = published("policy", "jsx-fgj", "补贴办法", "农机补贴。", 2025);
    DisclosureDocument b = published("funds", "jsx-mzj", "补贴资金", "农机补贴资金。", 2026);
    search.rebuild(JIANSHI, List.of(a, b));
    assertThat(ids(JIANSHI, "补贴")).containsExactlyInAnyOrder(a.id(), b.id());
    assertThat(ids(JIANSHI, new DocumentSearch.Query("补贴", Set.of("policy"), null, null, null)))
        .containsExactly(a.id());
    assertThat(ids(JIANSHI, new DocumentSearch.Query("补贴", Set.of(), "jsx-mzj", null, null)))
        .containsExactly(b.id());
    assertThat(ids(JIANSHI, new DocumentSearch.Query("补贴", Set.of(), null, 2025, null)))
        .containsExactly(a.id());
    assertThat(
            ids(JIANSHI, new DocumentSearch.Query("补贴", Set.of(), null, null, Validity.REPEALED)))
        .isEmpty();
  }

  @Test
  void removalRebuildAndTitlesWeighMore() {
    DisclosureDocument inBody = published("policy", "a", "通知", "关于低保的说明。", 2026);
    DisclosureDocument inTitle = published("policy", "a", "低保标准调整", "标准。", 2026);
    search.index(JIANSHI, inBody);
    search.index(JIANSHI, inTitle);
    assertThat(ids(JIANSHI, "低保")).containsExactly(inTitle.id(), inBody.id());
    search.remove(JIANSHI, inTitle.id());
    assertThat(ids(JIANSHI, "低保")).containsExactly(inBody.id());
    search.rebuild(JIANSHI, List.of());
    assertThat(ids(JIANSHI, "低保")).isEmpty();
  }

  @Test
  void queriesAreTextNotSyntaxAndMarksAreEscaped() {
    DisclosureDocument d =
        published("policy", "a", "<b>通知</b>", "正文 <script>低保</script> AND OR *", 2026);
    search.index(JIANSHI, d);
    assertThat(ids(JIANSHI, "低保 AND (")).containsExactly(d.id());
    assertThat(ids(JIANSHI, "*")).isEmpty();
    assertThat(ids(JIANSHI, "")).isEmpty();
    DocumentSearch.Hit hit = search.search(JIANSHI, DocumentSearch.Query.of("低保"), 1).get(0);
    assertThat(hit.snippetHtml()).doesNotContain("<script>").contains("&lt;script&gt;");
    assertThat(hit.titleHtml()).doesNotContain("<b>");
  }

  @Test
  void anUnpublishedDocumentIsRefusedBeforeTheIndexIsTouched() {
    DisclosureDocument d =
        published("policy", "a", "通知", "正文", 2026).take(Step.WITHDRAW, BOTH, NOW, null);
    assertThatThrownBy(() -> search.index(JIANSHI, d)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> search.rebuild(JIANSHI, List.of(d)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
