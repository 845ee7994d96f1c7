package cn.yangguang.disclosure.request.domain;

/**
 * Who asks, as the columns of Table 3 of the annual report (国办公开办函〔2021〕30号) split them: a natural
 * person, or a legal person or other organisation of one of five kinds. The order is the columns'.
 */
public enum ApplicantType {
  NATURAL_PERSON("自然人"),
  COMMERCIAL("商业企业"),
  RESEARCH("科研机构"),
  PUBLIC_INTEREST("社会公益组织"),
  LEGAL_SERVICE("法律服务机构"),
  OTHER_ORG("其他");

  private final String columnZh;

  ApplicantType(String columnZh) {
    this.columnZh = columnZh;
  }

  /** The column heading of the template. */
  public String columnZh() {
    return columnZh;
  }

  /** Whether the applicant is a natural person (an ID number) rather than an organisation. */
  public boolean person() {
    return this == NATURAL_PERSON;
  }
}
