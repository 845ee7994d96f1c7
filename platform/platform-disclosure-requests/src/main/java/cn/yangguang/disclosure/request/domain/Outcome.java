package cn.yangguang.disclosure.request.domain;

/**
 * The one list of ways a request ends: every answer of Art. 36-39 of the Regulations (and the
 * applicant's lapses), each with its article and its row of Table 3. Staff choose among the
 * answers; the lapses are applied by the request's own periods.
 */
public enum Outcome {
  ALREADY_PUBLIC("36(1)", ReportRow.R1, false),
  PROVIDED("36(2)", ReportRow.R1, false),
  PARTIAL("37", ReportRow.R2, true),
  WITHHELD_STATE_SECRET("36(3), 14", ReportRow.R3_1, true),
  WITHHELD_LAW("36(3), 14", ReportRow.R3_2, true),
  WITHHELD_SAFETY("36(3), 14", ReportRow.R3_3, true),
  WITHHELD_THIRD_PARTY("36(3), 15", ReportRow.R3_4, true),
  WITHHELD_INTERNAL("36(3), 16(1)", ReportRow.R3_5, true),
  WITHHELD_PROCESS("36(3), 16(2)", ReportRow.R3_6, true),
  WITHHELD_ENFORCEMENT_FILE("36(3), 16(2)", ReportRow.R3_7, true),
  WITHHELD_QUERY("36(3)", ReportRow.R3_8, true),
  DOES_NOT_EXIST("36(4)", ReportRow.R4_1, false),
  NOT_HELD("36(5)", ReportRow.R4_1, false),
  NEEDS_NEW_WORK("38", ReportRow.R4_2, false),
  STILL_UNCLEAR("30, 36(4)", ReportRow.R4_3, false),
  PETITION("39(1)", ReportRow.R5_1, false),
  REPEAT("36(6)", ReportRow.R5_2, false),
  PUBLICATION("39(2)", ReportRow.R5_3, false),
  EXCESSIVE("35", ReportRow.R5_4, true),
  CONFIRMATION("39(2)", ReportRow.R5_5, false),
  REGISTRATION_RECORDS("36(7)", ReportRow.R6_3, false),
  ABANDONED_NO_SUPPLEMENT("30", ReportRow.R6_1, false),
  ABANDONED_FEE_UNPAID("42", ReportRow.R6_2, false),
  WITHDRAWN("—", ReportRow.R6_3, false);

  private final String article;
  private final ReportRow row;
  private final boolean reasonRequired;

  Outcome(String article, ReportRow row, boolean reasonRequired) {
    this.article = article;
    this.row = row;
    this.reasonRequired = reasonRequired;
  }

  /** The article(s) of the Regulations it rests on. */
  public String article() {
    return article;
  }

  /** Its row in Table 3 of the annual report. */
  public ReportRow row() {
    return row;
  }

  /** Whether the answer must give a reason code or text (withholding anything). */
  public boolean reasonRequired() {
    return reasonRequired;
  }

  /** Whether information reaches the applicant (the third party must be told first). */
  public boolean discloses() {
    return this == PROVIDED || this == PARTIAL;
  }

  /** Whether staff may choose it (the lapses follow from the request's periods). */
  public boolean answer() {
    return this != ABANDONED_NO_SUPPLEMENT && this != ABANDONED_FEE_UNPAID;
  }

  /** Whether it names where to go instead (another agency, a petition channel, a registry). */
  public boolean redirects() {
    return this == NOT_HELD
        || this == PETITION
        || this == REGISTRATION_RECORDS
        || this == ALREADY_PUBLIC;
  }
}
