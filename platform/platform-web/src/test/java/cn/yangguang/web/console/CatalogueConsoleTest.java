package cn.yangguang.web.console;

import static cn.yangguang.web.portal.CatalogueFixtures.CODES;
import static cn.yangguang.web.portal.CatalogueFixtures.STRUCTURE;
import static cn.yangguang.web.portal.CatalogueFixtures.fields;
import static cn.yangguang.web.portal.CatalogueFixtures.version;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.catalogue.domain.Column;
import cn.yangguang.catalogue.domain.RowProblem;
import cn.yangguang.catalogue.domain.ServiceItem;
import cn.yangguang.catalogue.domain.ServiceItem.Status;
import cn.yangguang.kernel.identity.domain.StaffMember;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CatalogueConsoleTest {

  private static final UUID MZJ = UUID.fromString("00000000-0000-0000-0000-00000000000a");

  private static StaffMember member(UUID department, String... roles) {
    return new StaffMember(
        UUID.randomUUID(),
        UUID.randomUUID(),
        "wang",
        "王",
        department,
        true,
        Set.of(roles),
        Set.of());
  }

  private static final List<ServiceItem> CURRENT =
      List.of(
          version(
              fields("A-1", "低保认定", "07", "jsx-mzj", List.of("COUNTY"), List.of()),
              Status.DRAFT,
              2),
          version(
              fields("A-2", "营业执照", "01", "jsx-scjgj", List.of("COUNTY"), List.of()),
              Status.PUBLISHED,
              1),
          version(
              fields("A-3", "老事项", "01", "jsx-mzj", List.of("COUNTY"), List.of()),
              Status.RETIRED,
              4),
          version(
              fields("A-4", "新事项", "01", "jsx-gone", List.of("COUNTY"), List.of()),
              Status.DRAFT,
              1));

  @Test
  void anAdminMayChangeEveryItemADepartmentAdminOnlyHerDepartments() {
    CatalogueConsole.Scope admin = CatalogueConsole.Scope.of(member(null, "admin"), STRUCTURE);
    assertThat(admin.all()).isTrue();
    assertThat(admin.restriction()).isNull();
    assertThat(admin.mayChange("anything")).isTrue();
    CatalogueConsole.Scope dept = CatalogueConsole.Scope.of(member(MZJ, "deptadmin"), STRUCTURE);
    assertThat(dept).isEqualTo(new CatalogueConsole.Scope(false, "jsx-mzj"));
    assertThat(dept.mayChange("jsx-mzj")).isTrue();
    assertThat(dept.mayChange("jsx-scjgj")).isFalse();
    assertThat(dept.restriction()).isEqualTo("jsx-mzj");
    CatalogueConsole.Scope none = CatalogueConsole.Scope.of(member(null, "deptadmin"), STRUCTURE);
    assertThat(none.mayChange("jsx-mzj")).isFalse();
    assertThat(none.mayChange(null)).isFalse();
    assertThat(none.restriction()).isEmpty();
    assertThat(CatalogueConsole.Scope.of(member(MZJ, "deptadmin", "admin"), STRUCTURE).all())
        .isTrue();
  }

  @Test
  void rowsOfferPublishForDraftsAndRetireForWhatIsPublic() {
    CatalogueConsole.Scope dept = new CatalogueConsole.Scope(false, "jsx-mzj");
    List<CatalogueConsole.Row> rows =
        CatalogueConsole.rows(
            CURRENT, Set.of("A-1", "A-2"), CODES, Locale.SIMPLIFIED_CHINESE, STRUCTURE, dept);
    assertThat(rows)
        .extracting(CatalogueConsole.Row::status)
        .containsExactly("DRAFT", "PUBLISHED", "RETIRED", "DRAFT");
    assertThat(rows.get(0).department()).isEqualTo("民政局");
    assertThat(rows.get(0).itemType()).isEqualTo("行政确认");
    assertThat(rows.get(0).publishable()).isTrue();
    assertThat(rows.get(0).retirable()).as("a draft over a published version").isTrue();
    assertThat(rows.get(1).mayChange()).as("another department").isFalse();
    assertThat(rows.get(1).retirable()).isFalse();
    assertThat(rows.get(2).publishable()).isFalse();
    assertThat(rows.get(2).retirable()).isFalse();
    assertThat(rows.get(3).department()).isEqualTo("jsx-gone");
    List<CatalogueConsole.Row> en =
        CatalogueConsole.rows(CURRENT, Set.of(), CODES, Locale.ENGLISH, STRUCTURE, dept);
    assertThat(en.get(0).department()).isEqualTo("Civil Affairs Bureau");
    assertThat(en.get(1).itemType()).isEqualTo("Administrative licensing");
  }

  @Test
  void filtersByStatusAndDepartmentAndIgnoresUnknownValues() {
    List<CatalogueConsole.Row> rows =
        CatalogueConsole.rows(
            CURRENT,
            Set.of(),
            CODES,
            Locale.ENGLISH,
            STRUCTURE,
            new CatalogueConsole.Scope(true, null));
    assertThat(CatalogueConsole.filter(rows, "DRAFT", null))
        .extracting(CatalogueConsole.Row::key)
        .containsExactly("A-1", "A-4");
    assertThat(CatalogueConsole.filter(rows, "DRAFT", "jsx-mzj"))
        .extracting(CatalogueConsole.Row::key)
        .containsExactly("A-1");
    assertThat(CatalogueConsole.filter(rows, "bogus", " ")).hasSize(4);
    assertThat(CatalogueConsole.filter(rows, "", "jsx-mzj"))
        .extracting(CatalogueConsole.Row::key)
        .containsExactly("A-1", "A-3");
    assertThat(CatalogueConsole.counts(rows))
        .containsExactly(
            Map.entry("DRAFT", 2L), Map.entry("PUBLISHED", 1L), Map.entry("RETIRED", 1L));
  }

  @Test
  void anAbsentOrUnknownStatusIsNoFilter() {
    assertThat(CatalogueConsole.status(null)).isEmpty();
    assertThat(CatalogueConsole.status("SUPERSEDED")).isEmpty();
    assertThat(CatalogueConsole.status(" RETIRED ")).isEqualTo("RETIRED");
    assertThat(CatalogueConsole.filter(List.of(), null, null)).isEmpty();
  }

  @Test
  void aDepartmentAdminsFileMayHoldOnlyHerDepartmentsRows() {
    List<Map<Column, String>> rows =
        List.of(
            Map.of(Column.KEY, "A-1", Column.DEPARTMENT, "jsx-mzj"),
            Map.of(),
            Map.of(Column.KEY, "A-2", Column.DEPARTMENT, "jsx-scjgj"),
            Map.of(Column.KEY, "A-3", Column.DEPARTMENT, " "));
    assertThat(CatalogueConsole.outOfScope(rows, new CatalogueConsole.Scope(true, null))).isEmpty();
    List<RowProblem> problems =
        CatalogueConsole.outOfScope(rows, new CatalogueConsole.Scope(false, "jsx-mzj"));
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).row()).isEqualTo(4);
    assertThat(problems.get(0).column()).isEqualTo("实施主体");
    assertThat(problems.get(0).reason()).contains("jsx-scjgj");
    assertThat(CatalogueConsole.outOfScope(rows, new CatalogueConsole.Scope(false, null)))
        .hasSize(2);
  }

  @Test
  void tellsTheKindOfAnUpload() {
    byte[] zip = {'P', 'K', 3, 4, 0};
    byte[] text = "实施编码".getBytes(StandardCharsets.UTF_8);
    assertThat(CatalogueConsole.kind("目录.CSV", "application/vnd.ms-excel", text))
        .isEqualTo(CatalogueConsole.FileKind.CSV);
    assertThat(CatalogueConsole.kind("目录.xlsx", "application/octet-stream", text))
        .isEqualTo(CatalogueConsole.FileKind.XLSX);
    assertThat(CatalogueConsole.kind("目录", "text/csv; charset=utf-8", text))
        .isEqualTo(CatalogueConsole.FileKind.CSV);
    assertThat(CatalogueConsole.kind(null, CataloguePagesResource.XLSX, text))
        .isEqualTo(CatalogueConsole.FileKind.XLSX);
    assertThat(CatalogueConsole.kind("blob", "application/octet-stream", zip))
        .isEqualTo(CatalogueConsole.FileKind.XLSX);
    assertThat(CatalogueConsole.kind("old.xls", "application/vnd.ms-excel", zip)).isNull();
    assertThat(CatalogueConsole.kind("a.pdf", "application/pdf", text)).isNull();
  }

  @Test
  void theLogNameIsBounded() {
    assertThat(CatalogueConsole.logName(null)).isEqualTo("upload");
    assertThat(CatalogueConsole.logName("x".repeat(300))).hasSize(200);
  }
}
