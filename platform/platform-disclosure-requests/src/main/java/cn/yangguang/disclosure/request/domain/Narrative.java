package cn.yangguang.disclosure.request.domain;

/** The parts of the annual report officers write: 一 总体情况, 五 存在的主要问题及改进情况, 六 其他需要报告的事项. */
public record Narrative(String overview, String problems, String other) {

  /** The longest part, in characters. */
  public static final int MAX = 20_000;

  public Narrative {
    overview = checked("overview", overview);
    problems = checked("problems", problems);
    other = checked("other", other);
  }

  /** Nothing written yet. */
  public static Narrative empty() {
    return new Narrative("", "", "");
  }

  private static String checked(String field, String s) {
    if (s == null) {
      return "";
    }
    if (s.length() > MAX) {
      throw RequestRejected.invalid(field, "is longer than " + MAX + " characters");
    }
    return s.strip();
  }
}
