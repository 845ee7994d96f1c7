package cn.yangguang.it;

import static cn.yangguang.it.DisclosureFixtures.JIANSHI_AGENCY;
import static cn.yangguang.it.DisclosureFixtures.draft;
import static cn.yangguang.it.DisclosureFixtures.enc;
import static cn.yangguang.it.DisclosureFixtures.published;
import static cn.yangguang.it.DisclosureFixtures.step;
import static cn.yangguang.it.DisclosureFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Disclosure end to end on the real stack, with the demo counties' staff: a document published in
 * jianshi's 政务 column is found by a 2-character word of its body and not in shenqiu; a withdrawn
 * document leaves pages, search, the sitemap and the feed; a document formed 21 working days ago
 * and unpublished is overdue in jianshi.discloser's console; each step belongs to its role.
 */
@ExtendWith(TestStack.class)
@Order(51)
class DisclosureIT {

  private final Http http = TestStack.http();

  @Test
  void aDocumentPublishedInJianshiIsFoundByATwoCharacterWordAndNotInShenqiu() {
    String id =
        published(
            http,
            "jianshi",
            JIANSHI_AGENCY,
            "关于做好2026年秋冬季茶园管护工作的通知",
            "各乡镇人民政府：\n为促进茶农增收，现就秋冬季茶园施肥、修剪和病虫害防治有关事项通知如下。蜂箱应远离喷药区域。");

    JsonObject found = awaitSearch("jianshi", "蜂箱", List.of(id));
    JsonObject hit = found.getJsonArray("documents").getJsonObject(0);
    assertThat(hit.getString("snippetHtml")).contains("<mark>蜂箱</mark>");
    assertThat(hit.getString("column")).isEqualTo("government");
    assertThat(ids(search("jianshi", "茶园 修剪"))).contains(id);

    assertThat(ids(search("shenqiu", "蜂箱"))).isEmpty();
    assertThat(http.get("/t/shenqiu/api/v1/disclosure/documents/" + id).status()).isEqualTo(404);
    assertThat(http.get("/t/shenqiu/disclosure/documents/" + id).status()).isEqualTo(404);

    Http.Reply page = http.get("/t/jianshi/disclosure/documents/" + id);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("茶园管护", "建政办发〔2026〕1号", "行政规范性文件");
    assertThat(http.get("/t/jianshi/disclosure/columns/government").body()).contains(id);
    assertThat(http.get("/t/jianshi/disclosure/search?q=" + enc("蜂箱")).body())
        .contains("/disclosure/documents/" + id, "<mark>蜂箱</mark>");
  }

  @Test
  void aWithdrawnDocumentDisappearsFromPagesSearchSitemapAndFeeds() {
    String id =
        published(http, "jianshi", JIANSHI_AGENCY, "关于暂停旧版补贴申报的公告", "旧版补贴申报系统停用，请改用新系统申报。驼铃");
    awaitSearch("jianshi", "驼铃", List.of(id));
    assertThat(http.get("/t/jianshi/sitemap.xml").body()).contains(id);
    assertThat(page("/t/jianshi/disclosure/columns/government")).contains(id);
    assertThat(http.get("/t/jianshi/disclosure/columns/government/feed").body()).contains(id);
    assertThat(http.get("/t/jianshi/disclosure/columns/government/feed?format=rss").body())
        .contains(id);

    step(http, "jianshi", "discloser", id, "withdraw");

    awaitSearch("jianshi", "驼铃", List.of());
    assertThat(http.get("/t/jianshi/disclosure/documents/" + id).status()).isEqualTo(404);
    assertThat(http.get("/t/jianshi/api/v1/disclosure/documents/" + id).status()).isEqualTo(404);
    assertThat(http.get("/t/jianshi/sitemap.xml").body()).doesNotContain(id);
    assertThat(http.get("/t/jianshi/disclosure/columns/government").body()).doesNotContain(id);
    assertThat(http.get("/t/jianshi/disclosure/columns/government/feed").body()).doesNotContain(id);
    assertThat(http.get("/t/jianshi/disclosure/search?q=" + enc("驼铃")).body()).doesNotContain(id);
    List<String> actions =
        http
            .asOperator()
            .get("/t/jianshi/api/v1/audit/subjects/disclosure-document/" + id)
            .array()
            .stream()
            .map(e -> ((JsonObject) e).getString("action"))
            .toList();
    assertThat(actions)
        .containsExactly(
            "disclosure.document.create",
            "disclosure.document.submit",
            "disclosure.document.approve",
            "disclosure.document.publish",
            "disclosure.document.withdraw");
  }

  @Test
  void aDocumentFormed21WorkingDaysAgoAndUnpublishedIsOverdueInTheDisclosersConsole() {
    LocalDate today = today(http);
    LocalDate formed = lastDayWhoseTwentiethWorkingDayIsBefore(today);
    String late =
        draft(http, "jianshi", "policy", JIANSHI_AGENCY, "关于规范村级公益性岗位管理的意见", "公益性岗位按需设置。", formed)
            .getString("id");
    String fresh =
        draft(http, "jianshi", "policy", JIANSHI_AGENCY, "关于开展冬季防火检查的通知", "各单位开展防火检查。", today)
            .getString("id");

    List<JsonObject> work =
        http.as("jianshi.discloser").get("/t/jianshi/api/v1/disclosure/work").array().stream()
            .map(v -> (JsonObject) v)
            .toList();
    assertThat(work)
        .anySatisfy(
            w -> {
              assertThat(w.getJsonObject("document").getString("id")).isEqualTo(late);
              assertThat(w.getString("level")).isEqualTo("OVERDUE");
            })
        .anySatisfy(
            w -> {
              assertThat(w.getJsonObject("document").getString("id")).isEqualTo(fresh);
              assertThat(w.getString("level")).isEqualTo("GREEN");
            });

    Http.Reply console = http.as("jianshi.discloser").get("/t/jianshi/console/disclosure");
    assertThat(console.status()).as(console.toString()).isEqualTo(200);
    String row = rowOf(console.body(), "关于规范村级公益性岗位管理的意见");
    assertThat(row).contains("clock-overdue", "已超期");
    assertThat(rowOf(console.body(), "关于开展冬季防火检查的通知")).contains("clock-green");
    // publishing late stops the clock; the document leaves the list of open ones
    step(http, "jianshi", "discloser", late, "submit");
    step(http, "jianshi", "secrecy", late, "approve");
    step(http, "jianshi", "discloser", late, "publish");
    assertThat(http.as("jianshi.discloser").get("/t/jianshi/console/disclosure").body())
        .doesNotContain("clock-overdue\"");
  }

  @Test
  void eachStepBelongsToItsRoleAndStatus() {
    String id =
        draft(http, "jianshi", "government", JIANSHI_AGENCY, "关于调整公交线路的通告", "调整线路。", today(http))
            .getString("id");
    String base = "/t/jianshi/api/v1/disclosure/documents/" + id;
    assertThat(http.as("jianshi.secrecy").postJson(base + "/submit", "{}").status()).isEqualTo(403);
    assertThat(http.as("jianshi.clerk").postJson(base + "/submit", "{}").status()).isEqualTo(403);
    assertThat(http.postJson(base + "/submit", "{}").status()).isEqualTo(401);
    assertThat(http.as("jianshi.discloser").postJson(base + "/publish", "{}").status())
        .isEqualTo(409);
    step(http, "jianshi", "discloser", id, "submit");
    assertThat(http.as("jianshi.discloser").postJson(base + "/approve", "{}").status())
        .isEqualTo(403);
    Http.Reply noNote = http.as("jianshi.secrecy").postJson(base + "/return", "{}");
    assertThat(noNote.status()).isEqualTo(422);
    assertThat(noNote.body()).contains("note");
    Http.Reply back =
        http.as("jianshi.secrecy").postJson(base + "/return", "{\"note\":\"删去第三段的个人电话\"}");
    assertThat(back.status()).isEqualTo(200);
    assertThat(back.json().getString("status")).isEqualTo("DRAFT");
    assertThat(back.json().getString("reviewNote")).contains("个人电话");
    assertThat(http.as("shenqiu.secrecy").postJson(base + "/approve", "{}").status())
        .isEqualTo(403);
    assertThat(http.as("jianshi.discloser").postJson(base + "/fly", "{}").status()).isEqualTo(404);
  }

  @Test
  void nothingUnpublishedLeaksThroughTheApiPagesSearchSitemapOrFeeds() {
    String draft =
        draft(http, "jianshi", "government", JIANSHI_AGENCY, "内部征求意见稿：鹈鹕", "鹈鹕保护区划定。", today(http))
            .getString("id");
    String inReview =
        draft(http, "jianshi", "government", JIANSHI_AGENCY, "审查中：鹈鹕二", "鹈鹕栖息地。", today(http))
            .getString("id");
    step(http, "jianshi", "discloser", inReview, "submit");
    String approved =
        draft(http, "jianshi", "government", JIANSHI_AGENCY, "已审查：鹈鹕三", "鹈鹕监测。", today(http))
            .getString("id");
    step(http, "jianshi", "discloser", approved, "submit");
    step(http, "jianshi", "secrecy", approved, "approve");
    for (String id : List.of(draft, inReview, approved)) {
      assertThat(http.get("/t/jianshi/api/v1/disclosure/documents/" + id).status()).isEqualTo(404);
      assertThat(http.get("/t/jianshi/disclosure/documents/" + id).status()).isEqualTo(404);
      assertThat(http.get("/t/jianshi/api/v1/disclosure/documents").body()).doesNotContain(id);
      assertThat(http.get("/t/jianshi/sitemap.xml").body()).doesNotContain(id);
      assertThat(page("/t/jianshi/disclosure/columns/government/feed")).doesNotContain(id);
      assertThat(page("/t/jianshi/disclosure/columns/government")).doesNotContain(id);
    }
    // once a published one is found, the index has caught up: only the published one is found
    String published = published(http, "jianshi", JIANSHI_AGENCY, "鹈鹕保护公告", "公布鹈鹕保护措施。");
    awaitSearch("jianshi", "鹈鹕", List.of(published));
    assertThat(page("/t/jianshi/disclosure/search?q=" + enc("鹈鹕")))
        .doesNotContain("鹈鹕保护区", "鹈鹕栖息地", "鹈鹕监测");
    // the staff see them on their work list, other counties' staff do not
    assertThat(http.as("jianshi.discloser").get("/t/jianshi/api/v1/disclosure/work").body())
        .contains(draft, inReview, approved);
    assertThat(http.as("shenqiu.discloser").get("/t/jianshi/api/v1/disclosure/work").status())
        .isEqualTo(403);
    assertThat(http.as("shenqiu.discloser").get("/t/shenqiu/api/v1/disclosure/work").body())
        .doesNotContain(draft);
  }

  @Test
  void aDocumentWithBadFieldsIsRefusedWithEveryFieldAndNothingIsStored() {
    int before =
        http.as("jianshi.discloser").get("/t/jianshi/api/v1/disclosure/work").array().size();
    Http.Reply r =
        http.as("jianshi.discloser")
            .postJson(
                "/t/jianshi/api/v1/disclosure/documents",
                "{\"column\":\"no-such\",\"agency\":\"sqx-zfb\",\"title\":\"\",\"body\":\"x\","
                    + "\"kind\":\"OTHER\",\"issuingAgency\":\"县政府\",\"subject\":\"GENERAL\","
                    + "\"formedOn\":\"2999-01-01\"}");
    assertThat(r.status()).as(r.toString()).isEqualTo(422);
    List<String> fields =
        r.json().getJsonArray("errors").stream()
            .map(e -> ((JsonObject) e).getString("field"))
            .toList();
    assertThat(fields).contains("column", "agency", "title", "formedOn");
    Http.Reply badDate =
        http.as("jianshi.discloser")
            .postJson(
                "/t/jianshi/api/v1/disclosure/documents",
                "{\"kind\":\"MEMO\",\"formedOn\":\"2026-13-45\"}");
    assertThat(badDate.status()).isEqualTo(422);
    assertThat(badDate.body()).contains("formedOn", "kind");
    assertThat(http.as("jianshi.discloser").get("/t/jianshi/api/v1/disclosure/work").array())
        .hasSize(before);
  }

  @Test
  void theDemoCountiesPublishTheirDocumentsWithFundsTables() {
    Http.Reply list = http.get("/t/jianshi/api/v1/disclosure/documents?column=funds");
    assertThat(list.status()).isEqualTo(200);
    JsonObject budget =
        list.array().stream()
            .map(v -> (JsonObject) v)
            .filter(d -> d.getString("title").contains("2026年部门预算及三公经费预算"))
            .findFirst()
            .orElseThrow();
    assertThat(budget.getString("indexNumber")).matches(".+/2026-\\d{5}");
    assertThat(page("/t/jianshi/disclosure/documents/" + budget.getString("id")))
        .contains("公务接待费", "486.30", "format=xlsx", "合成示例");
    for (String county : List.of("kaizhou", "shenqiu", "pingchang")) {
      assertThat(http.get("/t/" + county + "/api/v1/disclosure/documents").array())
          .as(county)
          .isNotEmpty();
    }
  }

  @Test
  void countiesCustomiseTheProvinceTemplate() {
    String jianshi = http.get("/t/jianshi/api/v1/disclosure/columns").body();
    assertThat(jianshi).contains("\"government\"", "rural-revitalization", "乡村振兴");
    assertThat(jianshi).doesNotContain("\"enterprise\"");
    String kaizhou = http.get("/t/kaizhou/api/v1/disclosure/columns").body();
    assertThat(kaizhou).contains("resettlement", "政策文件（区政府）", "\"enterprise\"");
    assertThat(kaizhou).doesNotContain("rural-revitalization");
    Http.Reply page = http.get("/t/jianshi/disclosure");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("乡村振兴", "/disclosure/agencies/" + JIANSHI_AGENCY);
  }

  /** A page's body; it must answer 200. */
  private String page(String path) {
    Http.Reply r = http.get(path);
    assertThat(r.status()).as(path + ": " + r).isEqualTo(200);
    return r.body();
  }

  /**
   * Searches until the county's index has followed the outbox (each node indexes after the commit,
   * on its own tailer thread), then returns the answer; fails after 60 s (the tailer may be busy
   * with an earlier import).
   */
  static JsonObject awaitSearch(String county, String q, List<String> expected) {
    long until = System.nanoTime() + 60_000_000_000L;
    JsonObject r = search(county, q);
    while (!ids(r).equals(expected) && System.nanoTime() < until) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      r = search(county, q);
    }
    assertThat(ids(r)).as("search " + county + " for " + q).isEqualTo(expected);
    return r;
  }

  static JsonObject search(String county, String q) {
    Http.Reply r = TestStack.http().get("/t/" + county + "/api/v1/disclosure/search?q=" + enc(q));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json();
  }

  static List<String> ids(JsonObject results) {
    return results.getJsonArray("documents").stream()
        .map(d -> ((JsonObject) d).getString("id"))
        .toList();
  }

  /** The table row of the console that shows this title. */
  static String rowOf(String html, String title) {
    int at = html.indexOf(title);
    assertThat(at).as("row of " + title).isPositive();
    int start = html.lastIndexOf("<tr", at);
    int end = html.indexOf("</tr>", at);
    return html.substring(start, end);
  }

  /** The latest day whose 20th working day (on the county's calendar) is before today. */
  private LocalDate lastDayWhoseTwentiethWorkingDayIsBefore(LocalDate today) {
    for (LocalDate d = today.minusDays(21); d.isAfter(today.minusDays(90)); d = d.minusDays(1)) {
      LocalDate deadline =
          LocalDate.parse(
              CalendarIT.deadline("jianshi", d.toString(), 20, "WORKING_DAYS")
                  .getString("deadline"));
      if (deadline.isBefore(today)) {
        return d;
      }
    }
    throw new AssertionError("no such day within 90 days");
  }
}
