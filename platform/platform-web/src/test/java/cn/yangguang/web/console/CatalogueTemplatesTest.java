package cn.yangguang.web.console;

import static cn.yangguang.web.portal.CatalogueFixtures.CODES;
import static cn.yangguang.web.portal.CatalogueFixtures.STRUCTURE;
import static cn.yangguang.web.portal.CatalogueFixtures.fields;
import static cn.yangguang.web.portal.CatalogueFixtures.version;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.catalogue.application.ImportReport;
import cn.yangguang.catalogue.domain.RowProblem;
import cn.yangguang.catalogue.domain.ServiceItem.Status;
import cn.yangguang.web.view.View;
import cn.yangguang.web.view.ViewWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Renders the catalogue's console pages in both languages: the list with its filters, actions and
 * forms, and the import page in each of its states.
 */
class CatalogueTemplatesTest {

  private static final String BASE = "/t/jianshi/console";
  private static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
  private static final String TOKEN = "tok+/=";

  private static Shell shell(Set<String> roles) {
    CoreConsoleSections core = new CoreConsoleSections();
    return new Shell(
        BASE,
        "/t/jianshi/",
        "建始县",
        "Jianshi County",
        "#b3261e",
        "王芳",
        List.copyOf(roles),
        ConsoleNavigation.visible(
            List.of(
                core.dashboard(),
                core.staff(),
                core.departments(),
                new CatalogueConsoleSections().catalogue()),
            roles,
            BASE,
            "catalogue"));
  }

  private static String render(
      String template, Map<String, Object> model, Set<String> roles, Locale l) {
    Map<String, Object> all = new HashMap<>(model);
    all.put("shell", shell(roles));
    all.put("csrf", TOKEN);
    return ViewWriter.render(new View(template, all), l, BASE + "/catalogue");
  }

  private static Map<String, Object> listModel(
      CatalogueConsole.Scope scope, Locale l, boolean empty) {
    List<CatalogueConsole.Row> rows =
        empty
            ? List.of()
            : CatalogueConsole.rows(
                List.of(
                    version(
                        fields("A-1", "低保认定", "07", "jsx-mzj", List.of("COUNTY"), List.of()),
                        Status.DRAFT,
                        2),
                    version(
                        fields("A-2", "营业执照<i>", "01", "jsx-scjgj", List.of("COUNTY"), List.of()),
                        Status.PUBLISHED,
                        1),
                    version(
                        fields("A-3", "老事项", "01", "jsx-mzj", List.of("COUNTY"), List.of()),
                        Status.RETIRED,
                        4)),
                Set.of("A-1", "A-2"),
                CODES,
                l,
                STRUCTURE,
                scope);
    Map<String, Object> m = new HashMap<>();
    m.put("rows", rows);
    m.put("total", rows.size());
    m.put("counts", CatalogueConsole.counts(rows));
    m.put("statuses", CatalogueConsole.STATUSES);
    m.put("departments", STRUCTURE.departments());
    m.put("status", "DRAFT");
    m.put("department", "jsx-mzj");
    m.put("scope", scope);
    m.put("scopeName", "民政局");
    m.put("maxMegabytes", 10);
    m.put("notice", new Notice("console.notice.published", "低保认定"));
    m.put("derived", Set.of("A-2"));
    return m;
  }

  @Test
  void theListOffersFiltersActionsExportAndImport() {
    for (Locale l : LOCALES) {
      String html =
          render(
              "console-catalogue",
              listModel(new CatalogueConsole.Scope(true, null), l, false),
              Set.of("admin"),
              l);
      assertComplete(html);
      assertEveryInputHasALabel(html);
      assertEveryPostCarriesTheToken(html);
      assertThat(html)
          .contains("href=\"/t/jianshi/console/catalogue\" aria-current=\"page\"")
          .contains("action=\"/t/jianshi/console/catalogue/A-1/publish\"")
          .contains("action=\"/t/jianshi/console/catalogue/A-1/retire\"")
          .contains("action=\"/t/jianshi/console/catalogue/A-2/retire\"")
          .doesNotContain("A-3/publish", "A-3/retire", "A-2/publish")
          .contains(
              "href=\"/t/jianshi/console/catalogue/export.csv\"",
              "href=\"/t/jianshi/console/catalogue/export.xlsx\"")
          .contains("enctype=\"multipart/form-data\"")
          .contains("action=\"/t/jianshi/console/catalogue/import?_csrf=tok%2B/%3D\"")
          .contains("type=\"file\"")
          .contains("href=\"/t/jianshi/services/A-2\"")
          .contains("营业执照&lt;i&gt;")
          .contains("<option value=\"DRAFT\" selected=\"selected\"")
          .contains("<option value=\"jsx-mzj\" selected=\"selected\"")
          .contains("role=\"status\"")
          .contains("scope=\"col\"", "scope=\"row\"")
          .contains("href=\"/t/jianshi/console/catalogue/master\"")
          .contains("href=\"/t/jianshi/console/catalogue/index\"");
      // the derived item, and only it, carries the master's tag
      assertThat(html.split("class=\"tag\" title=").length - 1).isEqualTo(1);
      assertThat(html).contains(l.getLanguage().equals("en") ? "Province master" : "省级目录");
      assertThat(filterForm(html)).doesNotContain("_csrf");
    }
    assertThat(
            render(
                "console-catalogue",
                listModel(new CatalogueConsole.Scope(true, null), Locale.SIMPLIFIED_CHINESE, false),
                Set.of("admin"),
                Locale.SIMPLIFIED_CHINESE))
        .contains("事项目录", "草稿", "已发布", "已废止", "已发布“低保认定”", "共 3 项");
  }

  @Test
  void aDepartmentAdminSeesHerScopeAndOnlyHerActions() {
    for (Locale l : LOCALES) {
      String html =
          render(
              "console-catalogue",
              listModel(new CatalogueConsole.Scope(false, "jsx-mzj"), l, false),
              Set.of("deptadmin"),
              l);
      assertComplete(html);
      assertThat(html)
          .contains("民政局")
          .contains("A-1/publish")
          .doesNotContain("A-2/retire")
          .contains("href=\"/t/jianshi/console/catalogue\" aria-current=\"page\"")
          .doesNotContain("/console/staff\"");
      String none =
          render(
              "console-catalogue",
              listModel(new CatalogueConsole.Scope(false, null), l, true),
              Set.of("deptadmin"),
              l);
      assertComplete(none);
      assertThat(none).doesNotContain("<table");
    }
  }

  private static Map<String, Object> importModel(CatalogueImportPage page) {
    return Map.of("page", page, "maxMegabytes", 10);
  }

  private static CatalogueImports.Snapshot snapshot(
      boolean finished, ImportReport report, String incident) {
    return new CatalogueImports.Snapshot(
        UUID.randomUUID(), "目录<1>.csv", "wang", 400, 1000, finished, report, incident);
  }

  @Test
  void problemsAreShownInTheReadersLanguageWithTheirValues() {
    List<RowProblem> problems =
        List.of(
            RowProblem.coded(
                4,
                cn.yangguang.catalogue.domain.Column.ITEM_TYPE,
                "notInList",
                "\"行政魔法\" is not in the code list catalogue.item-type",
                "行政魔法",
                "catalogue.item-type"),
            RowProblem.coded(
                6, cn.yangguang.catalogue.domain.Column.CONSULTATION, "required", "required"),
            new RowProblem(7, null, "an old problem without a code"));
    ImportReport rejected = new ImportReport(UUID.randomUUID(), false, 6, 0, 0, 0, problems);
    String zh =
        render(
            "console-catalogue-import",
            importModel(CatalogueImportPage.finished(snapshot(true, rejected, null))),
            Set.of("admin"),
            Locale.SIMPLIFIED_CHINESE);
    assertThat(zh)
        .contains("“行政魔法”不在代码表（catalogue.item-type）中", ">必填</td>")
        .contains("an old problem without a code")
        .doesNotContain("is not in the code list");
    String en =
        render(
            "console-catalogue-import",
            importModel(CatalogueImportPage.finished(snapshot(true, rejected, null))),
            Set.of("admin"),
            Locale.ENGLISH);
    assertThat(en)
        .contains("&quot;行政魔法&quot; is not in the code list catalogue.item-type", ">required</td>");
  }

  @Test
  void aLongListIsShownInPagesKeepingTheFilters() {
    List<CatalogueConsole.Row> rows =
        java.util.stream.IntStream.rangeClosed(1, 120)
            .mapToObj(
                i ->
                    new CatalogueConsole.Row(
                        "K-" + i, "事项" + i, "jsx-mzj", "民政局", "行政许可", "DRAFT", 1, false, true))
            .toList();
    for (Locale l : LOCALES) {
      Map<String, Object> m = listModel(new CatalogueConsole.Scope(true, null), l, false);
      CatalogueConsole.Page page = CatalogueConsole.page(rows, "2");
      m.put("rows", page.rows());
      m.put("pager", page);
      String html = render("console-catalogue", m, Set.of("admin"), l);
      assertComplete(html);
      assertThat(html)
          .contains("K-51", "K-100")
          .doesNotContain(">K-50<", ">K-101<")
          .contains("rel=\"prev\"", "rel=\"next\"")
          .contains("status=DRAFT&amp;department=jsx-mzj&amp;page=1")
          .contains("status=DRAFT&amp;department=jsx-mzj&amp;page=3");
    }
  }

  @Test
  void theImportPageRefreshesWhileRunningThenShowsTheReport() {
    ImportReport applied = new ImportReport(UUID.randomUUID(), true, 12, 3, 2, 7, List.of());
    List<RowProblem> problems = new ArrayList<>();
    problems.add(new RowProblem(1, "未知列", "unknown column (see the format)"));
    problems.add(new RowProblem(5, null, "duplicate key <A-1>"));
    ImportReport rejected = new ImportReport(UUID.randomUUID(), false, 12, 0, 0, 0, problems);
    for (Locale l : LOCALES) {
      String running =
          render(
              "console-catalogue-import",
              importModel(CatalogueImportPage.running(snapshot(false, null, null))),
              Set.of("admin"),
              l);
      assertComplete(running);
      assertEveryInputHasALabel(running);
      assertThat(running)
          .contains("<meta http-equiv=\"refresh\" content=\"1\">")
          .contains("<progress id=\"import-progress\" max=\"1000\" value=\"400\">40%</progress>")
          .contains("for=\"import-progress\"")
          .contains("目录&lt;1&gt;.csv");

      String done =
          render(
              "console-catalogue-import",
              importModel(CatalogueImportPage.finished(snapshot(true, applied, null))),
              Set.of("admin"),
              l);
      assertComplete(done);
      assertThat(done)
          .doesNotContain("http-equiv=\"refresh\"")
          .contains(">3</td>", ">2</td>", ">7</td>");

      String refused =
          render(
              "console-catalogue-import",
              importModel(CatalogueImportPage.finished(snapshot(true, rejected, null))),
              Set.of("admin"),
              l);
      assertComplete(refused);
      assertThat(refused)
          .doesNotContain("http-equiv=\"refresh\"")
          .contains(
              "role=\"alert\"", "未知列", "duplicate key &lt;A-1&gt;", ">5</td>", "scope=\"col\"");

      String failed =
          render(
              "console-catalogue-import",
              importModel(CatalogueImportPage.failed(snapshot(true, null, "inc-42"))),
              Set.of("admin"),
              l);
      assertComplete(failed);
      assertThat(failed).contains("inc-42");

      for (String state : List.of("tooLarge", "wrongType", "noFile", "busy", "unknown")) {
        String page =
            render(
                "console-catalogue-import",
                importModel(CatalogueImportPage.of(state)),
                Set.of("admin"),
                l);
        assertComplete(page);
        assertThat(page)
            .contains("role=\"alert\"")
            .contains("href=\"/t/jianshi/console/catalogue\"");
      }
    }
    assertThat(
            render(
                "console-catalogue-import",
                importModel(CatalogueImportPage.finished(snapshot(true, rejected, null))),
                Set.of("admin"),
                Locale.SIMPLIFIED_CHINESE))
        .contains("未做任何更改", ">行<", ">列<", ">原因<", "（整行）");
  }

  @Test
  void problemsAreListedByRow() {
    CatalogueImportPage page =
        CatalogueImportPage.rejected(
            "a.csv",
            List.of(
                new RowProblem(4, "事项类型", "a"),
                new RowProblem(3, "事项名称", "b"),
                new RowProblem(4, "事项名称", "c")));
    assertThat(page.problems()).extracting(RowProblem::reason).containsExactly("b", "a", "c");
  }

  @Test
  void aLongListOfProblemsIsCut() {
    List<RowProblem> many = new ArrayList<>();
    for (int i = 0; i < CatalogueImportPage.MAX_SHOWN + 5; i++) {
      many.add(new RowProblem(i + 2, "事项名称", "required"));
    }
    CatalogueImportPage page = CatalogueImportPage.rejected("a.csv", many);
    assertThat(page.shownProblems()).hasSize(CatalogueImportPage.MAX_SHOWN);
    assertThat(page.hiddenProblems()).isEqualTo(5);
    String html =
        render("console-catalogue-import", importModel(page), Set.of("admin"), Locale.ENGLISH);
    assertComplete(html);
    assertThat(html).contains("5 more problems");
  }

  private static String filterForm(String html) {
    Matcher m =
        Pattern.compile("<form method=\"get\"[^>]*>(.*?)</form>", Pattern.DOTALL).matcher(html);
    assertThat(m.find()).as("the filter form").isTrue();
    return m.group();
  }

  private static void assertComplete(String html) {
    assertThat(html).doesNotContain("??").contains("<main id=\"main\"", "class=\"skip\"");
    assertThat(html.split("class=\"lang\"", -1)).as("one language switch").hasSize(2);
    assertThat(html.split("<h1", -1)).as("one h1").hasSize(2);
    assertThat(html.substring(html.lastIndexOf("</footer>") + 9).replaceAll("(?s)<!--.*?-->", ""))
        .as("nothing after the footer")
        .isEqualToIgnoringWhitespace("</body></html>");
  }

  private static void assertEveryInputHasALabel(String html) {
    Matcher m = Pattern.compile("<(input|select|progress)[^>]*>").matcher(html);
    while (m.find()) {
      String tag = m.group();
      if (tag.contains("type=\"hidden\"")) {
        continue;
      }
      Matcher id = Pattern.compile("id=\"([^\"]+)\"").matcher(tag);
      assertThat(id.find()).as("an id on " + tag).isTrue();
      assertThat(html).as("a label for " + tag).contains("for=\"" + id.group(1) + "\"");
    }
  }

  private static void assertEveryPostCarriesTheToken(String html) {
    Matcher m =
        Pattern.compile("<form[^>]*method=\"post\"[^>]*>(.*?)</form>", Pattern.DOTALL)
            .matcher(html);
    int forms = 0;
    while (m.find()) {
      forms++;
      assertThat(m.group(1)).contains("name=\"_csrf\" value=\"" + TOKEN + "\"");
    }
    assertThat(forms).isGreaterThan(2);
  }
}
