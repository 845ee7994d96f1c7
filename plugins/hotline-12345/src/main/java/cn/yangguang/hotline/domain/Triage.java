package cn.yangguang.hotline.domain;

import java.util.List;
import java.util.Locale;

/**
 * The first look at a matter (国办函〔2025〕66号): emergencies go at once to 110/119/120/122; matters
 * with a legal route of their own (litigation, arbitration, discipline inspection, administrative
 * reconsideration, information disclosure, petitions) are answered with that route; unlawful,
 * secret or private requests are explained and declined. Keyword rules: a suggestion for the
 * call-taker and the dispatcher, who decide; a web or Open311 caller is told at once when it looks
 * like an emergency. Pure and thread-safe.
 */
public final class Triage {

  /** What kind of matter it looks like. */
  public enum Kind {
    /** An ordinary 12345 matter: dispatch it. */
    ORDINARY,
    /** An emergency for 110/119/120/122. */
    EMERGENCY,
    /** A matter with its own legal route. */
    LEGAL_ROUTE,
    /** Unlawful, secret or private: to decline. */
    DECLINE
  }

  /**
   * The assessment.
   *
   * @param kind what it looks like
   * @param target the emergency number, the legal route's name, or the reason to decline; empty for
   *     an ordinary matter
   * @param adviceZh what to tell the caller, in Chinese
   * @param adviceEn the same in English
   */
  public record Assessment(Kind kind, String target, String adviceZh, String adviceEn) {

    /** The advice in the caller's language. */
    public String advice(boolean chinese) {
      return chinese ? adviceZh : adviceEn;
    }
  }

  private record Rule(Kind kind, String target, List<String> words, String zh, String en) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule(
              Kind.EMERGENCY,
              "119",
              List.of("火灾", "着火", "起火", "失火", "燃气泄漏", "煤气泄漏"),
              "火情或燃气泄漏请立即拨打 119，12345 不办理紧急警情。",
              "For a fire or gas leak call 119 at once; 12345 does not handle emergencies."),
          new Rule(
              Kind.EMERGENCY,
              "120",
              List.of("昏迷", "急救", "呼吸困难", "大出血", "心脏病发作", "中毒"),
              "急病或受伤请立即拨打 120。",
              "For a medical emergency call 120 at once."),
          new Rule(
              Kind.EMERGENCY,
              "122",
              List.of("车祸", "交通事故", "撞车"),
              "交通事故请立即拨打 122。",
              "For a traffic accident call 122 at once."),
          new Rule(
              Kind.EMERGENCY,
              "110",
              List.of("抢劫", "行凶", "持刀", "绑架", "正在打架", "斗殴", "入室盗窃"),
              "正在发生的违法犯罪请立即拨打 110。",
              "For a crime in progress call 110 at once."),
          new Rule(
              Kind.LEGAL_ROUTE,
              "诉讼",
              List.of("起诉", "诉讼", "判决", "上诉", "法院执行"),
              "该事项属于诉讼程序，请依法向人民法院提起诉讼或申请执行。",
              "This belongs to the courts: file a suit or apply for enforcement with the people's court."),
          new Rule(
              Kind.LEGAL_ROUTE,
              "仲裁",
              List.of("仲裁"),
              "该事项可依法申请仲裁（劳动争议向劳动人事争议仲裁委员会申请）。",
              "Apply for arbitration (labour disputes: the labour dispute arbitration committee)."),
          new Rule(
              Kind.LEGAL_ROUTE,
              "纪检监察",
              List.of("违纪", "纪委", "监委", "纪检"),
              "反映党员干部违纪违法问题，请向纪检监察机关（12388）反映。",
              "Report misconduct of officials to the discipline inspection organs (12388)."),
          new Rule(
              Kind.LEGAL_ROUTE,
              "行政复议",
              List.of("行政复议", "复议"),
              "对行政行为不服，可依法申请行政复议。",
              "Against an administrative act, apply for administrative reconsideration."),
          new Rule(
              Kind.LEGAL_ROUTE,
              "政府信息公开",
              List.of("信息公开申请", "申请公开", "依申请公开"),
              "申请政府信息公开，请通过本县政务公开栏目的依申请公开渠道提出。",
              "Apply for government information through the county's disclosure-request channel."),
          new Rule(
              Kind.LEGAL_ROUTE,
              "信访",
              List.of("信访", "上访"),
              "信访事项请按《信访工作条例》向信访部门提出。",
              "Petitions go to the petitions office under the Regulations on Petitions."),
          new Rule(
              Kind.DECLINE,
              "涉密",
              List.of("国家秘密", "涉密文件", "机密"),
              "涉及国家秘密的事项不予受理。",
              "Matters involving state secrets are not accepted."),
          new Rule(
              Kind.DECLINE,
              "隐私",
              List.of("查他人", "查询他人", "他人住址", "他人电话", "开房记录"),
              "查询他人隐私的请求依法不予受理。",
              "Requests for other people's private information are declined by law."),
          new Rule(
              Kind.DECLINE,
              "违法",
              List.of("办假证", "伪造", "帮我逃税", "代考"),
              "违法诉求不予受理。",
              "Unlawful requests are declined."));

  private Triage() {}

  /** Assesses a matter from its text (summary and description). */
  public static Assessment assess(String text) {
    String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
    for (Rule r : RULES) {
      for (String w : r.words()) {
        if (t.contains(w)) {
          return new Assessment(r.kind(), r.target(), r.zh(), r.en());
        }
      }
    }
    return new Assessment(Kind.ORDINARY, "", "", "");
  }
}
