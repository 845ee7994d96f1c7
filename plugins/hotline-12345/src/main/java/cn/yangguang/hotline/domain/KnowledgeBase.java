package cn.yangguang.hotline.domain;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Answers a call-taker can give at once (直接答复): the county's own entries and the guides of its
 * published catalogue items. Matching counts the two-character pieces a question shares with an
 * entry (Chinese has no spaces; bigrams are what the catalogue's search indexes too). Pure.
 */
public final class KnowledgeBase {

  /**
   * An answer.
   *
   * @param title the question or the item's name
   * @param answer what to tell the caller (for an item: where its guide is)
   * @param link the guide's address, or null
   * @param keywords words that also match
   */
  public record Entry(String title, String answer, String link, String keywords) {}

  /** The county's starting entries (SYNTHETIC: common enquiries, to be replaced by the county). */
  public static final List<Entry> STANDARD =
      List.of(
          new Entry(
              "政务服务中心办公时间", "县政务服务中心周一至周五 8:30-12:00、14:30-17:30 办公，法定节假日除外。", null, "上班,办公时间,几点"),
          new Entry("社保卡补办", "携带身份证到县政务服务中心人社窗口或社保卡合作银行网点办理，也可在线申请邮寄。", null, "社保卡,补办,挂失"),
          new Entry(
              "最低生活保障申请",
              "向户籍所在地乡镇（街道）便民服务中心提出申请，提交身份证、户口簿和家庭收入情况说明；可在网上办事大厅查询办事指南。",
              null,
              "低保,最低生活保障,困难"),
          new Entry(
              "12345 受理范围", "12345 受理咨询、求助、投诉、举报、建议；紧急警情请拨打 110、119、120、122。", null, "受理范围,能不能管"));

  private KnowledgeBase() {}

  /** The best matches for a question, at most {@code limit}, best first. */
  public static List<Entry> search(String question, List<Entry> entries, int limit) {
    Set<String> asked = bigrams(question);
    if (asked.isEmpty()) {
      return List.of();
    }
    return entries.stream()
        .map(e -> new Object[] {e, score(asked, e)})
        .filter(o -> (int) o[1] >= 2)
        .sorted(Comparator.comparingInt((Object[] o) -> -(int) o[1]))
        .limit(limit)
        .map(o -> (Entry) o[0])
        .toList();
  }

  private static int score(Set<String> asked, Entry e) {
    Set<String> have = bigrams(e.title() + " " + e.keywords());
    int n = 0;
    for (String b : asked) {
      if (have.contains(b)) {
        n++;
      }
    }
    return n;
  }

  static Set<String> bigrams(String text) {
    Set<String> out = new HashSet<>();
    if (text == null) {
      return out;
    }
    String t = text.replaceAll("[\\s\\p{Punct}，。？！、；：（）]", " ");
    for (String word : t.split(" +")) {
      for (int i = 0; i + 2 <= word.length(); i++) {
        out.add(word.substring(i, i + 2));
      }
    }
    return out;
  }
}
