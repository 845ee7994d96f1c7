package cn.yangguang.web.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.disclosure.application.DisclosureCatalogue;
import cn.yangguang.disclosure.application.DisclosureQueries;
import cn.yangguang.disclosure.domain.ColumnTree;
import cn.yangguang.disclosure.domain.DisclosureColumn;
import cn.yangguang.disclosure.domain.DisclosureDocument;
import cn.yangguang.disclosure.domain.DocumentFields;
import cn.yangguang.disclosure.domain.DocumentKind;
import cn.yangguang.disclosure.domain.FundsRepository;
import cn.yangguang.disclosure.domain.FundsTable;
import cn.yangguang.disclosure.domain.Step;
import cn.yangguang.kernel.codelist.CodeListEntry;
import cn.yangguang.web.console.FieldMessage;
import cn.yangguang.web.console.Shell;
import cn.yangguang.web.portal.CatalogueFixtures;
import cn.yangguang.web.view.View;
import cn.yangguang.web.view.ViewWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Renders every disclosure page in both languages: no missing message, values escaped (the search
 * marks are the only markup taken as is), funds tables and clock warnings shown, every form field
 * labelled and every console form carrying the CSRF token.
 */
class DisclosureTemplatesTest {

  private static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
  private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
  private static final ColumnTree TREE =
      ColumnTree.of(
          List.of(
              new DisclosureColumn(
                  "government",
                  null,
                  DisclosureColumn.Kind.GOVERNMENT,
                  "政务公开",
                  "Government",
                  20,
                  false,
                  false),
              new DisclosureColumn(
                  "funds",
                  "government",
                  DisclosureColumn.Kind.GOVERNMENT,
                  "财政预决算",
                  null,
                  23,
                  false,
                  false)),
          List.of());
  private static final List<DisclosureCatalogue.Agency> AGENCIES =
      List.of(new DisclosureCatalogue.Agency("jsx-fgj", "发改局", "DRC", "114228220000000000", false));

  static DisclosureDocument document(String title, String body) {
    DocumentFields f =
        new DocumentFields(
            "funds",
            "jsx-fgj",
            title,
            body,
            DocumentKind.NORMATIVE,
            "建政发〔2026〕1号",
            "县政府",
            "GENERAL",
            LocalDate.of(2026, 11, 1));
    DisclosureDocument d =
        DisclosureDocument.draft(UUID.randomUUID(), "11422822/2026-00001", f, null, "a", NOW);
    Set<String> both = Set.of("discloser", "secrecy");
    return d.take(Step.SUBMIT, both, NOW, null)
        .take(Step.APPROVE, both, NOW, null)
        .take(Step.PUBLISH, both, NOW, null);
  }

  static FundsTable funds() {
    return new FundsTable(
        FundsTable.Kind.BUDGET,
        2026,
        "2026年部门预算",
        FundsTable.Unit.YUAN,
        List.of(
            new FundsTable.FundsLine("total", null, "合计", new BigDecimal("1500.00")),
            new FundsTable.FundsLine("basic", "total", "基本支出<b>", new BigDecimal("1000.00")),
            new FundsTable.FundsLine("project", "total", "项目支出", new BigDecimal("500.00"))));
  }

  private static Map<String, Object> portal() {
    Map<String, Object> m = new HashMap<>();
    m.put("tenant", CatalogueFixtures.TENANT);
    m.put("base", "/t/jianshi");
    m.put("fmt", new DisclosurePages.Format(ZoneId.of("Asia/Shanghai")));
    m.put("names", DisclosurePages.names(TREE, AGENCIES));
    return m;
  }

  private static String render(String template, Map<String, Object> model, Locale l) {
    return ViewWriter.render(new View(template, model), l, "/t/jianshi/disclosure");
  }

  @Test
  void theDocumentPageShowsMetadataTextAndTheFundsTableEscaped() {
    DisclosureDocument d = document("关于<script>的通知", "第一段。\n\n第二段<b>。");
    for (Locale l : LOCALES) {
      Map<String, Object> m = portal();
      m.put("d", d);
      m.put(
          "p",
          new DisclosureQueries.PublishedDocument(
              d,
              List.of(new FundsRepository.StoredFunds(UUID.randomUUID(), d.id(), funds())),
              Optional.empty()));
      m.put("subjects", Map.of("GENERAL", "综合政务"));
      String html = render("disclosure-document", m, l);
      assertThat(html).doesNotContain("??", "<script>", "<b>");
      assertThat(html)
          .contains(
              "&lt;script&gt;",
              "11422822/2026-00001",
              "1,500.00",
              "基本支出&lt;b&gt;",
              "format=csv",
              "2026-11-20");
      assertThat(html.split("<p>第").length).isEqualTo(3);
    }
  }

  @Test
  void theHomeListAndSearchPagesRender() {
    DisclosureDocument d = document("茶园管护", "正文");
    for (Locale l : LOCALES) {
      Map<String, Object> home = portal();
      home.put("columns", TREE.roots());
      home.put("agencies", AGENCIES);
      assertThat(render("disclosure", home, l))
          .doesNotContain("??")
          .contains("/disclosure/columns/funds", "/disclosure/agencies/jsx-fgj");

      Map<String, Object> list = portal();
      list.put("column", TREE.find("government").orElseThrow());
      list.put("children", TREE.roots().get(0).children());
      list.put("documents", List.of(d));
      assertThat(render("disclosure-list", list, l))
          .doesNotContain("??")
          .contains(d.id().toString(), "feed?format=rss");

      Map<String, Object> search = portal();
      search.put("form", DisclosurePages.SearchForm.of("茶园<x>", "funds", "", "2026", "IN_FORCE"));
      search.put("columns", TREE.all());
      search.put("agencies", AGENCIES);
      search.put(
          "results",
          new DisclosureQueries.Results(
              List.of(
                  new DisclosureQueries.FoundDocument(d, "<mark>茶园</mark>管护", "…<mark>茶园</mark>…")),
              List.of()));
      String html = render("disclosure-search", search, l);
      assertThat(html)
          .doesNotContain("??", "<x>")
          .contains("<mark>茶园</mark>管护", "value=\"茶园&lt;x&gt;\"");
      assertEveryInputHasALabel(html);
    }
  }

  @Test
  void theConsolePagesShowTheClockLevelsAndCarryTheToken() {
    DisclosureDocument draft =
        DisclosureDocument.draft(
            UUID.randomUUID(), "X/2026-00002", document("迟到的文件", "正文").fields(), null, "a", NOW);
    List<DisclosureQueries.WorkItem> open =
        List.of(
            new DisclosureQueries.WorkItem(
                draft, "OVERDUE", LocalDate.of(2026, 11, 19), "RUNNING"));
    for (Locale l : LOCALES) {
      Map<String, Object> m = new HashMap<>();
      m.put(
          "shell",
          new Shell(
              "/t/jianshi/console",
              "/t/jianshi/",
              "建始县",
              "Jianshi",
              "#b3261e",
              "王芳",
              List.of("discloser"),
              List.of()));
      m.put("csrf", "tok");
      m.put("open", open);
      m.put("levels", DisclosureConsole.levels(open));
      m.put("published", List.of(document("已发布", "正文")));
      m.put("columns", TREE.all());
      m.put("agencies", AGENCIES);
      m.put("subjects", List.of(new CodeListEntry("GENERAL", "综合政务", "General", "national")));
      m.put("kinds", List.of(DocumentKind.values()));
      m.put("names", DisclosurePages.names(TREE, AGENCIES));
      m.put("roles", Set.of("discloser"));
      m.put("errors", Map.of("title", new FieldMessage("disclosure.error.title", "required")));
      m.put("f", new DisclosureViews.NewDocument("", "", "", "", "", "", "", "", ""));
      m.put("today", "2026-11-20");
      m.put("en", l.getLanguage().equals("en"));
      m.put("fmt", new DisclosurePages.Format(ZoneId.of("Asia/Shanghai")));
      String html =
          ViewWriter.render(new View("console-disclosure", m), l, "/t/jianshi/console/disclosure");
      assertThat(html)
          .doesNotContain("??")
          .contains("clock-overdue", "level-overdue", "2026-11-19", "doc-title-error");
      assertEveryInputHasALabel(html);
      assertThat(html.split("name=\"_csrf\" value=\"tok\"", -1).length - 1)
          .isEqualTo(html.split("<form", -1).length - 1);

      m.put("queue", open);
      String review =
          ViewWriter.render(
              new View("console-disclosure-review", m), l, "/t/jianshi/console/disclosure/review");
      assertThat(review).doesNotContain("??").contains("/approve", "/return", "迟到的文件");
    }
  }

  private static void assertEveryInputHasALabel(String html) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<(input|select|textarea)[^>]*>").matcher(html);
    while (m.find()) {
      String tag = m.group();
      if (tag.contains("type=\"hidden\"")) {
        continue;
      }
      java.util.regex.Matcher id = java.util.regex.Pattern.compile("id=\"([^\"]+)\"").matcher(tag);
      assertThat(id.find()).as("an id on " + tag).isTrue();
      assertThat(html).as("a label for " + tag).contains("for=\"" + id.group(1) + "\"");
    }
  }
}
