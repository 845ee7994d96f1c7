package cn.yangguang.hotline.domain;

/** The caller's verdict at the call-back (回访). */
public enum Satisfaction {
  /** 满意. */
  SATISFIED("满意", "Satisfied"),
  /** 基本满意. */
  BASICALLY_SATISFIED("基本满意", "Basically satisfied"),
  /** 不满意: the ticket is handled again (重办). */
  DISSATISFIED("不满意", "Dissatisfied");

  private final String zh;
  private final String en;

  Satisfaction(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /** The label in Chinese or English. */
  public String label(boolean chinese) {
    return chinese ? zh : en;
  }

  /** Whether it counts as satisfied for 满意率 (满意 and 基本满意). */
  public boolean satisfied() {
    return this != DISSATISFIED;
  }

  /** The verdict named by its code. */
  public static Satisfaction parse(String code) {
    return Enums.parse(Satisfaction.class, code, "satisfaction");
  }
}
