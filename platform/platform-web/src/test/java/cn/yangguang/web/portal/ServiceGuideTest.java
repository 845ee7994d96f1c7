package cn.yangguang.web.portal;

import static cn.yangguang.web.portal.CatalogueFixtures.CODES;
import static cn.yangguang.web.portal.CatalogueFixtures.STRUCTURE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ServiceGuideTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static ServiceGuide guide(String type, Locale locale) {
    return ServiceGuide.of(
        CatalogueFixtures.published(
            CatalogueFixtures.fields(
                "JS-0001",
                "最低生活保障对象认定",
                type,
                "jsx-mzj",
                List.of("COUNTY"),
                List.of("NATURAL_PERSON"))),
        new CodeLabels(CODES, locale, STRUCTURE),
        SHANGHAI);
  }

  @Test
  void codesBecomeTheLabelsOfThePagesLanguage() {
    ServiceGuide zh = guide("07", Locale.SIMPLIFIED_CHINESE);
    assertThat(zh.itemType()).isEqualTo("行政确认");
    assertThat(zh.department()).isEqualTo("民政局");
    assertThat(zh.handlingForms()).isEqualTo("窗口办理、网上办理");
    assertThat(zh.onlineDepth()).isEqualTo("互联网咨询、收件");
    assertThat(zh.materials().get(1).necessity()).isEqualTo("容缺");
    assertThat(zh.materials().get(0).required()).isTrue();
    assertThat(zh.materials().get(1).required()).isFalse();
    ServiceGuide en = guide("07", Locale.ENGLISH);
    assertThat(en.itemType()).isEqualTo("Administrative confirmation");
    assertThat(en.department()).isEqualTo("Civil Affairs Bureau");
    assertThat(en.handlingForms()).isEqualTo("At a window, Online");
  }

  @Test
  void limitsCarryTheirUnitAndNote() {
    ServiceGuide zh = guide("07", Locale.SIMPLIFIED_CHINESE);
    assertThat(zh.statutory()).isEqualTo(new ServiceGuide.Limit("30 个工作日", "不含公示时间"));
    assertThat(zh.promised()).isEqualTo(new ServiceGuide.Limit("20 个工作日", null));
    assertThat(zh.steps())
        .extracting(ServiceGuide.Step::daysText)
        .containsExactly("1 个工作日", "15 个工作日", "4 个工作日");
    assertThat(zh.stepDays()).isEqualTo(20);
    assertThat(guide("07", Locale.ENGLISH).statutory().text()).isEqualTo("30 working days");
  }

  @Test
  void aLimitOfZeroIsOnTheSpot() {
    assertThat(
            ServiceGuide.amount(
                0, "工作日", new CodeLabels(CODES, Locale.SIMPLIFIED_CHINESE, STRUCTURE)))
        .isEqualTo("0 个工作日（当场办结）");
    assertThat(
            ServiceGuide.amount(
                0, "Working days", new CodeLabels(CODES, Locale.ENGLISH, STRUCTURE)))
        .isEqualTo("0 working days (on the spot)");
    assertThat(ServiceGuide.amount(3, null, new CodeLabels(CODES, Locale.ENGLISH, STRUCTURE)))
        .isEqualTo("3");
  }

  @Test
  void theGuideKeepsEveryPublicFieldAndThePublicationDateInTheCountysZone() {
    ServiceGuide g = guide("07", Locale.SIMPLIFIED_CHINESE);
    assertThat(g.version()).isEqualTo(3);
    assertThat(g.publishedOn()).isEqualTo("2025-11-03");
    assertThat(g.legalBasis()).containsExactly("《社会救助暂行办法》第十一条", "《湖北省最低生活保障办法》第八条");
    assertThat(g.baseCode()).isEqualTo("000123456000");
    assertThat(g.handlingCode()).isEqualTo("11422822MB0001");
    assertThat(g.exerciseLevels()).isEqualTo("县级");
    assertThat(g.themes()).isEqualTo("自然人");
    assertThat(g.postal()).isTrue();
    assertThat(g.appointment()).isFalse();
    assertThat(g.onlinePayment()).isFalse();
    assertThat(g.scope()).isEqualTo("全县");
    assertThat(g.resultType()).isEqualTo("证照");
    assertThat(g.synthetic()).isTrue();
    assertThat(g.takesApplications()).isTrue();
    assertThat(g.onlineUrl()).isEqualTo("https://zwfw.hubei.gov.cn/item?id=1&x=2");
    assertThat(g.onlineUrlText()).isNull();
  }

  @Test
  void anExOfficioItemHasNoApplicationFields() {
    ServiceGuide g = guide("02", Locale.SIMPLIFIED_CHINESE);
    assertThat(g.takesApplications()).isFalse();
    assertThat(g.statutory()).isNull();
    assertThat(g.promised()).isNull();
    assertThat(g.caseKind()).isNull();
    assertThat(g.steps()).isEmpty();
    assertThat(g.materials()).isEmpty();
    assertThat(g.handlingForms()).isNull();
  }

  @Test
  void onlyPlainWebAddressesBecomeLinks() {
    assertThat(ServiceGuide.safeLink("https://zwfw.hubei.gov.cn/a"))
        .isEqualTo("https://zwfw.hubei.gov.cn/a");
    assertThat(ServiceGuide.safeLink(" http://example.cn ")).isEqualTo("http://example.cn");
    assertThat(ServiceGuide.safeLink("javascript:alert(1)")).isNull();
    assertThat(ServiceGuide.safeLink("JAVASCRIPT://x.cn/%0aalert(1)")).isNull();
    assertThat(ServiceGuide.safeLink("data:text/html,<b>")).isNull();
    assertThat(ServiceGuide.safeLink("//evil.example")).isNull();
    assertThat(ServiceGuide.safeLink("zwfw.hubei.gov.cn")).isNull();
    assertThat(ServiceGuide.safeLink("https://bad host")).isNull();
    assertThat(ServiceGuide.safeLink(null)).isNull();
  }

  @Test
  void anUnknownDepartmentShowsItsCode() {
    CodeLabels l = new CodeLabels(CODES, Locale.ENGLISH, STRUCTURE);
    assertThat(l.department("jsx-gone")).isEqualTo("jsx-gone");
    assertThat(l.department("jsx-scjgj")).as("no English name").isEqualTo("市场监督管理局");
    assertThat(l.label("catalogue.item-type", null)).isNull();
    assertThat(l.labels("catalogue.theme", List.of())).isNull();
  }

  @Test
  void multiValuedTextIsSplitAtTheFullWidthSemicolon() {
    assertThat(ServiceGuide.split("甲； 乙；；")).containsExactly("甲", "乙");
    assertThat(ServiceGuide.split(" ")).isEmpty();
  }
}
