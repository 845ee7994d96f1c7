package cn.yangguang.hotline.domain;

/** What a caller wants (国办发〔2020〕53号 and local rules): the five request types of 12345. */
public enum TicketType {
  /** 咨询: a question; often answered at once from the knowledge base. */
  CONSULT("咨询", "Enquiry"),
  /** 求助: asks for help. */
  HELP("求助", "Request for help"),
  /** 投诉: a complaint about a service or an official. */
  COMPLAINT("投诉", "Complaint"),
  /** 举报: reports wrongdoing; its content and the reporter are never public. */
  REPORT("举报", "Report of wrongdoing"),
  /** 建议: a suggestion. */
  SUGGESTION("建议", "Suggestion");

  private final String zh;
  private final String en;

  TicketType(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /** The label in Chinese or English. */
  public String label(boolean chinese) {
    return chinese ? zh : en;
  }

  /** The type named by its code, or a clear error naming the accepted codes. */
  public static TicketType parse(String code) {
    return Enums.parse(TicketType.class, code, "type");
  }
}
