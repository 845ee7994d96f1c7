package cn.yangguang.disclosure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FundsTableTest {

  static FundsTable.FundsLine line(String code, String parent, String amount) {
    return new FundsTable.FundsLine(code, parent, code + "名", new BigDecimal(amount));
  }

  static FundsTable threePublic(String reception) {
    return new FundsTable(
        FundsTable.Kind.THREE_PUBLIC,
        2026,
        "三公经费",
        FundsTable.Unit.TEN_THOUSAND_YUAN,
        List.of(
            line("total", null, "12.50"),
            line("travel-abroad", "total", "0"),
            line("vehicles", "total", "9.30"),
            line("vehicle-purchase", "vehicles", "0.00"),
            line("vehicle-operation", "vehicles", "9.3"),
            line("reception", "total", reception)));
  }

  @Test
  void aTableWhoseLinesAddUpIsValid() {
    assertThat(threePublic("3.20").problems()).isEmpty();
    assertThat(threePublic("3.20").depth(threePublic("3.20").lines().get(4))).isEqualTo(2);
  }

  @Test
  void aTotalThatDoesNotAddUpNamesTheLine() {
    assertThat(threePublic("3.21").problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("lines[0].amount");
              assertThat(p.message()).contains("12.50", "12.51");
            });
  }

  @Test
  void badLinesAreNamedByIndexAndField() {
    FundsTable t =
        new FundsTable(
            FundsTable.Kind.BUDGET,
            1999,
            "",
            null,
            List.of(
                line("total", null, "10"),
                line("a", "total", "-1"),
                line("a", "total", "0.001"),
                line("b", "zzz", "1")));
    assertThat(t.problems().stream().map(FieldProblem::field))
        .contains(
            "fiscalYear",
            "title",
            "unit",
            "lines[1].amount",
            "lines[2].code",
            "lines[2].amount",
            "lines[3].parentCode");
  }

  @Test
  void aThreePublicTableNeedsItsThreeHeadings() {
    FundsTable t =
        new FundsTable(
            FundsTable.Kind.THREE_PUBLIC,
            2026,
            "三公",
            FundsTable.Unit.YUAN,
            List.of(line("total", null, "5"), line("reception", "total", "5")));
    assertThat(t.problems().stream().map(FieldProblem::message))
        .anySatisfy(m -> assertThat(m).contains("travel-abroad"))
        .anySatisfy(m -> assertThat(m).contains("vehicles"));
  }
}
