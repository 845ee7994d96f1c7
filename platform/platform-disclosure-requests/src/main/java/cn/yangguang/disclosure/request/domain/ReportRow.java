package cn.yangguang.disclosure.request.domain;

/**
 * The rows of section 三 (办理结果) of Table 3 of the 2021 annual report template, with the template's
 * wording. Every {@link Outcome} lands in exactly one of them. The sub-rows of (六) are not fixed by
 * a public copy of the template (RULES.md §1): 逾期不补正, 逾期未缴费 and 其他 are the ones reports use.
 */
public enum ReportRow {
  R1("（一）予以公开"),
  R2("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
  R3_1("（三）不予公开 1.属于国家秘密"),
  R3_2("（三）不予公开 2.其他法律行政法规禁止公开"),
  R3_3("（三）不予公开 3.危及“三安全一稳定”"),
  R3_4("（三）不予公开 4.保护第三方合法权益"),
  R3_5("（三）不予公开 5.属于三类内部事务信息"),
  R3_6("（三）不予公开 6.属于四类过程性信息"),
  R3_7("（三）不予公开 7.属于行政执法案卷"),
  R3_8("（三）不予公开 8.属于行政查询事项"),
  R4_1("（四）无法提供 1.本机关不掌握相关政府信息"),
  R4_2("（四）无法提供 2.没有现成信息需要另行制作"),
  R4_3("（四）无法提供 3.补正后申请内容仍不明确"),
  R5_1("（五）不予处理 1.信访举报投诉类申请"),
  R5_2("（五）不予处理 2.重复申请"),
  R5_3("（五）不予处理 3.要求提供公开出版物"),
  R5_4("（五）不予处理 4.无正当理由大量反复申请"),
  R5_5("（五）不予处理 5.要求行政机关确认或重新出具已获取信息"),
  R6_1("（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
  R6_2("（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
  R6_3("（六）其他处理 3.其他");

  private final String labelZh;

  ReportRow(String labelZh) {
    this.labelZh = labelZh;
  }

  /** The template's wording. */
  public String labelZh() {
    return labelZh;
  }

  /** The group of the row: 1 (一) to 6 (六). */
  public int group() {
    return name().charAt(1) - '0';
  }
}
