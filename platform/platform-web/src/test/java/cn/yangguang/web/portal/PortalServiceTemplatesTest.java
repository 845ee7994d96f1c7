package cn.yangguang.web.portal;

import static cn.yangguang.web.portal.CatalogueFixtures.CODES;
import static cn.yangguang.web.portal.CatalogueFixtures.STRUCTURE;
import static cn.yangguang.web.portal.CatalogueFixtures.TENANT;
import static cn.yangguang.web.portal.CatalogueFixtures.fields;
import static cn.yangguang.web.portal.CatalogueFixtures.published;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.catalogue.application.CatalogueQueries;
import cn.yangguang.catalogue.domain.ServiceItem;
import cn.yangguang.web.view.View;
import cn.yangguang.web.view.ViewWriter;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Renders the service guide's pages in both languages: no missing message, one language switch,
 * values escaped (only the search highlight is markup), and the accessibility hooks (labels,
 * current tab, headings) in place.
 */
class PortalServiceTemplatesTest {

  private static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
  private static final String BASE = "/t/jianshi";

  private static final List<ServiceItem> ITEMS =
      List.of(
          published(
              fields("A-1", "低保认定", "07", "jsx-mzj", List.of("COUNTY"), List.of("NATURAL_PERSON"))),
          published(
              fields(
                  "A-2",
                  "营业执照<i>",
                  "01",
                  "jsx-scjgj",
                  List.of("TOWNSHIP"),
                  List.of("LEGAL_PERSON"))),
          published(
              fields("A-3", "罚款", "02", "jsx-mzj", List.of("COUNTY"), List.of("LEGAL_PERSON"))));

  private static Map<String, Object> model() {
    Map<String, Object> m = new HashMap<>();
    m.put("tenant", TENANT);
    m.put("base", BASE);
    return m;
  }

  private static String render(String template, Map<String, Object> model, Locale l, String path) {
    return ViewWriter.render(new View(template, model), l, path);
  }

  @Test
  void theServicesPageGroupsTheItemsAndListsTheExOfficioOnesApart() {
    for (Locale l : LOCALES) {
      for (String by : ServiceListing.GROUPINGS) {
        Map<String, Object> m = model();
        m.put(
            "listing",
            ServiceListing.of(ITEMS, by, new CodeLabels(CODES, l, STRUCTURE), STRUCTURE));
        m.put("groupings", ServiceListing.GROUPINGS);
        String html = render("services", m, l, BASE + "/services");
        assertComplete(html);
        assertEveryInputHasALabel(html);
        assertThat(html)
            .contains("href=\"/t/jianshi/services?by=" + by + "\" aria-current=\"page\"")
            .contains("href=\"/t/jianshi/services/A-1\"", "href=\"/t/jianshi/services/A-3\"")
            .contains("action=\"/t/jianshi/services/search\"", "name=\"q\"")
            .contains("id=\"published-only\"")
            .contains("营业执照&lt;i&gt;")
            .doesNotContain("营业执照<i>");
      }
    }
    Map<String, Object> m = model();
    m.put(
        "listing",
        ServiceListing.of(
            ITEMS,
            "department",
            new CodeLabels(CODES, Locale.SIMPLIFIED_CHINESE, STRUCTURE),
            STRUCTURE));
    m.put("groupings", ServiceListing.GROUPINGS);
    assertThat(render("services", m, Locale.SIMPLIFIED_CHINESE, BASE + "/services"))
        .contains("办事指南", "公开事项", "民政局", "承诺 20 个工作日", "按主题");
  }

  @Test
  void anEmptyCatalogueSaysSo() {
    Map<String, Object> m = model();
    m.put(
        "listing",
        ServiceListing.of(
            List.of(), null, new CodeLabels(CODES, Locale.ENGLISH, STRUCTURE), STRUCTURE));
    m.put("groupings", ServiceListing.GROUPINGS);
    String html = render("services", m, Locale.ENGLISH, BASE + "/services");
    assertComplete(html);
    assertThat(html).contains("has not published").doesNotContain("id=\"applying\"");
  }

  @Test
  void theGuideShowsEveryFieldEscapedAndTheSyntheticNote() {
    for (Locale l : LOCALES) {
      Map<String, Object> m = model();
      m.put(
          "guide",
          ServiceGuide.of(
              ITEMS.get(0), new CodeLabels(CODES, l, STRUCTURE), ZoneId.of("Asia/Shanghai")));
      String html = render("service-guide", m, l, BASE + "/services/A-1");
      assertComplete(html);
      assertThat(html)
          .contains("<h1>低保认定</h1>")
          .contains("000123456000", "11422822MB0001", "A-1")
          .contains("需核验原件&lt;b&gt;")
          .contains("href=\"https://zwfw.hubei.gov.cn/item?id=1&amp;x=2\"")
          .contains("<ol class=\"steps\">", "居民身份证", "scope=\"col\"", "scope=\"row\"")
          .contains("id=\"apply\"", "id=\"materials\"", "id=\"process\"")
          .contains("datetime=\"2025-11-03\"")
          .contains("class=\"synthetic-note\"")
          .contains("0718-3322111", "12345")
          .contains("《湖北省最低生活保障办法》第八条");
    }
    Map<String, Object> m = model();
    m.put(
        "guide",
        ServiceGuide.of(
            ITEMS.get(0),
            new CodeLabels(CODES, Locale.SIMPLIFIED_CHINESE, STRUCTURE),
            ZoneId.of("Asia/Shanghai")));
    assertThat(render("service-guide", m, Locale.SIMPLIFIED_CHINESE, BASE + "/services/A-1"))
        .contains("法定办结时限", "30 个工作日", "不含公示时间", "承诺办结时限", "20 个工作日", "合成数据", "第 3 版", "容缺");
  }

  @Test
  void anExOfficioGuideHasNoApplicationSections() {
    Map<String, Object> m = model();
    m.put(
        "guide",
        ServiceGuide.of(
            ITEMS.get(2),
            new CodeLabels(CODES, Locale.ENGLISH, STRUCTURE),
            ZoneId.of("Asia/Shanghai")));
    String html = render("service-guide", m, Locale.ENGLISH, BASE + "/services/A-3");
    assertComplete(html);
    assertThat(html)
        .contains("nobody applies")
        .doesNotContain("id=\"apply\"", "id=\"materials\"", "id=\"process\"");
  }

  @Test
  void searchResultsShowTheHighlightAndKeepTheQuery() {
    CatalogueQueries.Found hit =
        new CatalogueQueries.Found(ITEMS.get(0), 1.5f, "<mark>低保</mark>认定");
    CatalogueQueries.Found forged =
        new CatalogueQueries.Found(ITEMS.get(1), 1.0f, "<img src=x onerror=alert(1)>");
    for (Locale l : LOCALES) {
      Map<String, Object> m = model();
      m.put(
          "search",
          ServiceSearchResults.of(
              "低保\"<x>", List.of(hit, forged), new CodeLabels(CODES, l, STRUCTURE)));
      String html = render("services-search", m, l, BASE + "/services/search");
      assertComplete(html);
      assertEveryInputHasALabel(html);
      assertThat(html)
          .contains("<mark>低保</mark>认定")
          .contains("营业执照&lt;i&gt;")
          .doesNotContain("<img", "<x>")
          .contains("value=\"低保&quot;&lt;x&gt;\"")
          .contains("href=\"/t/jianshi/services/A-1\"")
          .contains("role=\"status\"");
    }
  }

  @Test
  void noResultsAndAFailedIndexAreSaid() {
    Map<String, Object> none = model();
    none.put(
        "search",
        ServiceSearchResults.of(
            "无此事项", List.of(), new CodeLabels(CODES, Locale.SIMPLIFIED_CHINESE, STRUCTURE)));
    String html =
        render("services-search", none, Locale.SIMPLIFIED_CHINESE, BASE + "/services/search");
    assertComplete(html);
    assertThat(html).contains("没有找到与“无此事项”相关的事项", "href=\"/t/jianshi/services\"");
    for (Locale l : LOCALES) {
      Map<String, Object> failed = model();
      failed.put("search", new ServiceSearchResults("低保", true, false, List.of()));
      assertComplete(render("services-search", failed, l, BASE + "/services/search"));
      Map<String, Object> empty = model();
      empty.put("search", new ServiceSearchResults("", false, true, List.of()));
      String page = render("services-search", empty, l, BASE + "/services/search");
      assertComplete(page);
      assertThat(page).doesNotContain("<ol class=\"items results\"");
    }
  }

  @Test
  void aCountysHeaderLinksToItsServicesAndThePlatformsDoesNot() {
    Map<String, Object> m = model();
    m.put("structure", STRUCTURE);
    for (Locale l : LOCALES) {
      String home = render("tenant-home", m, l, BASE + "/");
      assertComplete(home);
      assertThat(home)
          .contains(
              "class=\"services-link\" href=\"/t/jianshi/services\"",
              "action=\"/t/jianshi/services/search\"");
    }
    var problem =
        new cn.yangguang.web.http.Problem(
            "about:blank", "Not found", 404, "x", "/", List.of(), null);
    assertThat(render("error", Map.of("problem", problem), Locale.ENGLISH, "/x"))
        .doesNotContain("services-link");
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
    Matcher m = Pattern.compile("<(input|select)[^>]*>").matcher(html);
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
}
