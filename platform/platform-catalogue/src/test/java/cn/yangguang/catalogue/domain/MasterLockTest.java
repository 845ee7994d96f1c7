package cn.yangguang.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The base fields of a derived item belong to the master; the implementation fields to the county.
 */
class MasterLockTest {

  private final CodeBook codes = new TestCodeBook();

  private ItemFields read(Map<Column, String> row) {
    List<RowProblem> p = new ArrayList<>();
    ItemFields f = new RowReader(row, 2, codes, p).read();
    assertThat(p).isEmpty();
    return f;
  }

  private static Map<Column, String> master() {
    Map<Column, String> m = new EnumMap<>(CatalogueRulesTest.licence());
    m.put(Column.KEY, "420000-FGJ-0001");
    m.remove(Column.DEPARTMENT);
    m.put(Column.PROMISED_LIMIT, "20");
    return m;
  }

  @Test
  void aCountyRowKeepingTheBaseFieldsPasses() {
    ItemFields county = read(CatalogueRulesTest.licence());
    ItemFields master = read(master());
    assertThat(MasterLock.check(county, master, 2)).isEmpty();
    assertThat(MasterLock.follows(county, master)).isTrue();
  }

  @Test
  void eachChangedBaseFieldIsAProblemOfItsCellNamingTheMastersValue() {
    Map<Column, String> row = CatalogueRulesTest.licence();
    row.put(Column.NAME, "企业投资项目登记");
    row.put(Column.LEGAL_BASIS, "《某条例》第一条");
    List<RowProblem> problems = MasterLock.check(read(row), read(master()), 7);
    assertThat(problems)
        .extracting(RowProblem::row, RowProblem::column, RowProblem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(7, "事项名称", "locked"),
            org.assertj.core.groups.Tuple.tuple(7, "设定依据", "locked"));
    assertThat(problems.get(0).reason()).contains("420000-FGJ-0001", "企业投资项目备案");
    assertThat(problems.get(0).args()).containsExactly("420000-FGJ-0001", "企业投资项目备案");
  }

  @Test
  void followingTakesTheBaseFieldsAndKeepsTheCountysOwn() {
    Map<Column, String> changed = master();
    changed.put(Column.NAME, "企业投资项目备案（新）");
    changed.put(Column.ITEM_TYPE, "行政确认");
    changed.put(Column.BASE_CODE, "010000100199");
    changed.put(Column.LEGAL_BASIS, "《新条例》第二条");
    ItemFields county = read(CatalogueRulesTest.licence());
    ItemFields followed = MasterLock.follow(county, read(changed));
    assertThat(followed.name()).isEqualTo("企业投资项目备案（新）");
    assertThat(followed.itemType()).isEqualTo("07");
    assertThat(followed.baseCode()).isEqualTo("010000100199");
    assertThat(followed.legalBasis()).isEqualTo("《新条例》第二条");
    assertThat(followed.key()).isEqualTo(county.key());
    assertThat(followed.departmentCode()).isEqualTo("jsx-fgj");
    assertThat(followed.promised()).isEqualTo(county.promised());
    assertThat(followed.materials()).isEqualTo(county.materials());
    assertThat(MasterLock.follows(followed, read(changed))).isTrue();
    assertThat(MasterLock.follows(county, read(changed))).isFalse();
  }

  @Test
  void deviationsAreImplementationFieldsTheMasterGivesAndTheCountyChanged() {
    RowWriter w = new RowWriter(codes);
    Map<Column, String> county = w.write(read(CatalogueRulesTest.licence()), "PUBLISHED");
    Map<Column, String> master = w.write(read(master()), "PUBLISHED");
    master.put(Column.PLACE, null); // the master leaves the place to the county
    // the county promises 5 days where the master suggests 20; the department is never compared
    assertThat(MasterLock.deviations(county, master)).containsExactly(Column.PROMISED_LIMIT);
  }
}
