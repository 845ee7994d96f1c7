package cn.yangguang.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading rows, the provincial checker's cross-field rules, and the export/import round trip. */
class CatalogueRulesTest {

  private final CodeBook codes = new TestCodeBook();
  private final CatalogueRules rules = new CatalogueRules(Set.of("jsx-fgj", "jsx-mzj"));

  static Map<Column, String> licence() {
    Map<Column, String> m = new EnumMap<>(Column.class);
    m.put(Column.KEY, "422822-FGJ-0001");
    m.put(Column.NAME, "企业投资项目备案");
    m.put(Column.ITEM_TYPE, "行政许可");
    m.put(Column.BASE_CODE, "010000100100");
    m.put(Column.HIERARCHY, "主项");
    m.put(Column.DEPARTMENT, "jsx-fgj");
    m.put(Column.BODY_NATURE, "法定机关");
    m.put(Column.POWER_SOURCE, "法定本级行使");
    m.put(Column.EXERCISE_LEVELS, "县级");
    m.put(Column.LEGAL_BASIS, "《企业投资项目核准和备案管理条例》第三条");
    m.put(Column.SERVICE_OBJECTS, "企业法人");
    m.put(Column.CONDITIONS, "项目符合产业政策");
    m.put(Column.CASE_KIND, "承诺件");
    m.put(Column.STATUTORY_LIMIT, "20");
    m.put(Column.STATUTORY_UNIT, "工作日");
    m.put(Column.PROMISED_LIMIT, "5");
    m.put(Column.PROMISED_UNIT, "工作日");
    m.put(Column.CHARGED, "否");
    m.put(Column.HANDLING_FORMS, "窗口办理；网上办理");
    m.put(Column.SITE_VISITS, "1");
    m.put(Column.SITE_VISIT_REASON, "核验原件");
    m.put(Column.ONLINE, "是");
    m.put(Column.ONLINE_DEPTH, "1；2；3");
    m.put(Column.PLACE, "县政务服务中心");
    m.put(Column.HOURS, "工作日 9:00-17:00");
    m.put(Column.CONSULTATION, "0718-3321234");
    m.put(Column.COMPLAINT, "12345");
    m.put(Column.RESULT_TYPE, "其他");
    m.put(Column.RESULT_NAME, "备案证明");
    m.put(Column.THEMES, "法人");
    m.put(Column.STEPS, "受理(1)→审查(3)→办结(1)");
    m.put(Column.MATERIALS, "项目备案信息表|原件|1|申请人自备|必要；营业执照|复印件|1|政府部门核发|非必要");
    m.put(Column.STATUS, "已发布");
    return m;
  }

  private List<RowProblem> problems(Map<Column, String> row) {
    List<RowProblem> p = new ArrayList<>();
    ItemFields f = new RowReader(row, 2, codes, p).read();
    p.addAll(rules.check(f, 2));
    return p;
  }

  private static List<String> columns(List<RowProblem> p) {
    return p.stream().map(RowProblem::column).toList();
  }

  @Test
  void aCompleteItemPasses() {
    assertThat(problems(licence())).isEmpty();
  }

  @Test
  void exportReadsBackToTheSameFields() {
    List<RowProblem> p = new ArrayList<>();
    ItemFields f = new RowReader(licence(), 2, codes, p).read();
    Map<Column, String> written = new RowWriter(codes).write(f, "PUBLISHED");
    ItemFields again = new RowReader(written, 2, codes, p).read();
    assertThat(p).isEmpty();
    assertThat(again).isEqualTo(f);
    assertThat(f.materials()).hasSize(2);
    assertThat(f.steps()).extracting(ItemFields.Step::days).containsExactly(1, 3, 1);
  }

  @Test
  void unknownCodesAndBadNumbersNameTheirColumn() {
    Map<Column, String> row = licence();
    row.put(Column.ITEM_TYPE, "行政魔法");
    row.put(Column.STATUTORY_LIMIT, "二十");
    row.put(Column.MATERIALS, "身份证|原件|一|申请人自备|必要");
    List<RowProblem> p = problems(row);
    assertThat(columns(p)).contains("事项类型", "法定办结时限", "申请材料");
    assertThat(p.get(0).row()).isEqualTo(2);
  }

  @Test
  void immediateMeansPromisedZero() {
    Map<Column, String> row = licence();
    row.put(Column.CASE_KIND, "即办件");
    assertThat(columns(problems(row))).contains("承诺办结时限");
    row.put(Column.PROMISED_LIMIT, "0");
    row.put(Column.STEPS, "受理(0)→办结(0)");
    assertThat(problems(row)).isEmpty();
    row.put(Column.CASE_KIND, "承诺件");
    assertThat(columns(problems(row))).contains("办件类型");
  }

  @Test
  void levelFourOnlineNeedsNoVisitAndVisitsNeedAReason() {
    Map<Column, String> row = licence();
    row.put(Column.ONLINE_DEPTH, "1；2；3；4；5");
    assertThat(columns(problems(row))).contains("到办事现场次数");
    row.put(Column.SITE_VISITS, "0");
    row.put(Column.SITE_VISIT_REASON, "");
    assertThat(problems(row)).isEmpty();
    row.put(Column.SITE_VISITS, "2");
    row.put(Column.ONLINE_DEPTH, "1");
    assertThat(columns(problems(row))).contains("现场办理原因说明");
  }

  @Test
  void noVisitAndNoOnlineNeedsPostalApplication() {
    Map<Column, String> row = licence();
    row.put(Column.SITE_VISITS, "0");
    row.put(Column.ONLINE, "否");
    row.put(Column.ONLINE_DEPTH, "");
    assertThat(columns(problems(row))).contains("物流快递");
    row.put(Column.POSTAL, "是");
    assertThat(problems(row)).isEmpty();
  }

  @Test
  void feesPaymentAndLimitsAreConsistent() {
    Map<Column, String> row = licence();
    row.put(Column.ONLINE_PAYMENT, "是");
    assertThat(columns(problems(row))).contains("网上支付");
    row.put(Column.CHARGED, "是");
    assertThat(columns(problems(row))).contains("收费依据", "收费标准");
    row = licence();
    row.put(Column.PROMISED_LIMIT, "30");
    assertThat(columns(problems(row))).contains("承诺办结时限");
    row = licence();
    row.put(Column.STEPS, "受理(1)→审查(9)");
    assertThat(columns(problems(row))).contains("办理流程");
  }

  @Test
  void exOfficioItemsTakeNoApplications() {
    Map<Column, String> row = licence();
    row.put(Column.ITEM_TYPE, "行政处罚");
    List<String> cols = columns(problems(row));
    assertThat(cols).contains("办件类型", "承诺办结时限", "办理形式", "办理流程", "申请材料");
    for (Column c :
        List.of(
            Column.CASE_KIND,
            Column.STATUTORY_LIMIT,
            Column.STATUTORY_UNIT,
            Column.PROMISED_LIMIT,
            Column.PROMISED_UNIT,
            Column.HANDLING_FORMS,
            Column.STEPS,
            Column.MATERIALS,
            Column.CONDITIONS,
            Column.PLACE,
            Column.HOURS,
            Column.RESULT_TYPE,
            Column.RESULT_NAME,
            Column.SITE_VISITS,
            Column.SITE_VISIT_REASON)) {
      row.remove(c);
    }
    assertThat(problems(row)).isEmpty();
  }

  @Test
  void aFileNeedsUniqueKeysAndParentsFirstAndKnownDepartments() {
    List<RowProblem> p = new ArrayList<>();
    ItemFields main = new RowReader(licence(), 2, codes, p).read();
    Map<Column, String> childRow = licence();
    childRow.put(Column.KEY, "422822-FGJ-0002");
    childRow.put(Column.HIERARCHY, "业务办理项");
    childRow.put(Column.PARENT_KEY, "422822-FGJ-0009");
    childRow.put(Column.DEPARTMENT, "jsx-nowhere");
    ItemFields child = new RowReader(childRow, 3, codes, p).read();
    List<RowProblem> file = rules.checkFile(List.of(main, child, main));
    assertThat(file)
        .extracting(RowProblem::toString)
        .anyMatch(s -> s.startsWith("row 3, column 上级实施编码"))
        .anyMatch(s -> s.startsWith("row 3, column 办理项类型"))
        .anyMatch(s -> s.startsWith("row 3, column 实施主体"))
        .anyMatch(s -> s.startsWith("row 4, column 实施编码") && s.contains("row 2"));
  }
}
