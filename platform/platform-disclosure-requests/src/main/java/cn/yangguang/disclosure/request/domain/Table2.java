package cn.yangguang.disclosure.request.domain;

import java.math.BigDecimal;

/**
 * Table 2 of the annual report, proactive disclosure: 规章 and 行政规范性文件 issued and repealed in the
 * year and in force at its end (from the published documents), 行政许可 decisions (from casework), 行政处罚
 * and 行政强制 decisions (from the ex-officio decision records) and 行政事业性收费 collected, in 10,000 yuan
 * (from casework's fees).
 */
public record Table2(
    DocumentCounts rules,
    DocumentCounts normative,
    int licensingDecisions,
    int penaltyDecisions,
    int enforcementDecisions,
    BigDecimal feesTenThousandYuan) {

  /** 本年制发件数, 本年废止件数, 现行有效件数. */
  public record DocumentCounts(int issued, int repealed, int inForce) {

    public DocumentCounts plus(DocumentCounts o) {
      return new DocumentCounts(issued + o.issued, repealed + o.repealed, inForce + o.inForce);
    }
  }

  /** The sum of two agencies' tables (the county's roll-up). */
  public Table2 plus(Table2 o) {
    return new Table2(
        rules.plus(o.rules),
        normative.plus(o.normative),
        licensingDecisions + o.licensingDecisions,
        penaltyDecisions + o.penaltyDecisions,
        enforcementDecisions + o.enforcementDecisions,
        feesTenThousandYuan.add(o.feesTenThousandYuan));
  }
}
