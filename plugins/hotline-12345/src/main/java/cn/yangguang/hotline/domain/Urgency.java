package cn.yangguang.hotline.domain;

/** How urgent a ticket is: it picks the time limits. */
public enum Urgency {
  /** 一般. */
  NORMAL("一般", "Normal"),
  /** 紧急. */
  URGENT("紧急", "Urgent"),
  /** 特急: a risk to people or property that still belongs to 12345 (not to 110/119/120/122). */
  EMERGENCY("特急", "Emergency");

  private final String zh;
  private final String en;

  Urgency(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /** The label in Chinese or English. */
  public String label(boolean chinese) {
    return chinese ? zh : en;
  }

  /** The urgency named by its code. */
  public static Urgency parse(String code) {
    return Enums.parse(Urgency.class, code, "urgency");
  }
}
