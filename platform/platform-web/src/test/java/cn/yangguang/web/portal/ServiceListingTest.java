package cn.yangguang.web.portal;

import static cn.yangguang.web.portal.CatalogueFixtures.CODES;
import static cn.yangguang.web.portal.CatalogueFixtures.STRUCTURE;
import static cn.yangguang.web.portal.CatalogueFixtures.fields;
import static cn.yangguang.web.portal.CatalogueFixtures.published;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.catalogue.domain.ServiceItem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ServiceListingTest {

  private static final CodeLabels ZH = new CodeLabels(CODES, Locale.SIMPLIFIED_CHINESE, STRUCTURE);

  private static final List<ServiceItem> ITEMS =
      List.of(
          published(
              fields(
                  "A-1",
                  "低保认定",
                  "07",
                  "jsx-scjgj",
                  List.of("COUNTY", "TOWNSHIP"),
                  List.of("NATURAL_PERSON"))),
          published(
              fields(
                  "A-2",
                  "个体工商户登记",
                  "01",
                  "jsx-mzj",
                  List.of("COUNTY"),
                  List.of("NATURAL_PERSON", "LEGAL_PERSON"))),
          published(
              fields("A-3", "罚款", "02", "jsx-mzj", List.of("COUNTY"), List.of("LEGAL_PERSON"))),
          published(fields("A-4", "老项目", "01", "jsx-gone", List.of("PROVINCE"), List.of())),
          published(
              fields(
                  "A-5", "村级事项", "01", "jsx-mzj", List.of("VILLAGE"), List.of("NATURAL_PERSON"))));

  @Test
  void byDepartmentFollowsTheCountysOrderAndKeepsUnknownDepartmentsLast() {
    ServiceListing l = ServiceListing.of(ITEMS, null, ZH, STRUCTURE);
    assertThat(l.by()).isEqualTo("department");
    assertThat(l.total()).isEqualTo(5);
    assertThat(l.groups())
        .extracting(ServiceListing.Group::label)
        .containsExactly("民政局", "市场监督管理局", "jsx-gone");
    assertThat(l.groups())
        .extracting(ServiceListing.Group::id)
        .containsExactly("dept-jsx-mzj", "dept-jsx-scjgj", "dept-jsx-gone");
    assertThat(l.groups().get(0).entries())
        .extracting(ServiceListing.Entry::key)
        .containsExactly("A-2", "A-5");
  }

  @Test
  void exOfficioItemsAreListedApartAndInNoGroup() {
    for (String by : ServiceListing.GROUPINGS) {
      ServiceListing l = ServiceListing.of(ITEMS, by, ZH, STRUCTURE);
      assertThat(l.exOfficio()).extracting(ServiceListing.Entry::key).containsExactly("A-3");
      assertThat(l.groups().stream().flatMap(g -> g.entries().stream()))
          .extracting(ServiceListing.Entry::key)
          .doesNotContain("A-3");
    }
  }

  @Test
  void byThemeAnItemIsInEveryThemeItHasAndTheRestGoToOther() {
    ServiceListing l = ServiceListing.of(ITEMS, "theme", ZH, STRUCTURE);
    assertThat(l.groups())
        .extracting(ServiceListing.Group::id)
        .containsExactly("theme-NATURAL_PERSON", "theme-LEGAL_PERSON", "theme-other");
    assertThat(l.groups().get(0).label()).isEqualTo("自然人");
    assertThat(l.groups().get(0).entries())
        .extracting(ServiceListing.Entry::key)
        .containsExactly("A-1", "A-2", "A-5");
    assertThat(l.groups().get(1).entries())
        .extracting(ServiceListing.Entry::key)
        .containsExactly("A-2");
    assertThat(l.groups().get(2).labelKey()).isEqualTo("services.group.other.theme");
    assertThat(l.groups().get(2).entries())
        .extracting(ServiceListing.Entry::key)
        .containsExactly("A-4");
  }

  @Test
  void byLevelListsCountyTownshipAndVillage() {
    ServiceListing l =
        ServiceListing.of(
            ITEMS, "level", new CodeLabels(CODES, Locale.ENGLISH, STRUCTURE), STRUCTURE);
    assertThat(l.groups())
        .extracting(ServiceListing.Group::label)
        .containsExactly("County", "Township", "Village", null);
    assertThat(l.groups().get(0).entries())
        .extracting(ServiceListing.Entry::key)
        .containsExactly("A-1", "A-2");
    assertThat(l.groups().get(1).entries())
        .extracting(ServiceListing.Entry::key)
        .containsExactly("A-1");
    assertThat(l.groups().get(3).entries())
        .extracting(ServiceListing.Entry::key)
        .containsExactly("A-4");
  }

  @Test
  void anUnknownGroupingIsTheDefault() {
    assertThat(ServiceListing.grouping("x\"><script>")).isEqualTo("department");
    assertThat(ServiceListing.grouping(" level ")).isEqualTo("level");
  }

  @Test
  void anEntryCarriesWhatAVisitorChoosesBy() {
    ServiceListing.Entry e = ServiceListing.entry(ITEMS.get(0), ZH);
    assertThat(e)
        .isEqualTo(
            new ServiceListing.Entry("A-1", "低保认定", "市场监督管理局", "行政确认", "承诺件", "20 个工作日", true));
  }

  @Test
  void anchorsAreSafe() {
    assertThat(ServiceListing.anchor("a b\"<c>")).isEqualTo("a-b--c-");
  }
}
