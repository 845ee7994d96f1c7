package cn.yangguang.casework.domain;

import java.util.List;
import java.util.Objects;

/**
 * The content of a written notice to an applicant (受理通知书, 不予受理决定书, 补正材料通知书, 延长行政许可期限告知书, 行政许可决定书),
 * independent of its format.
 *
 * @param kind which notice
 * @param title the heading, e.g. 受理通知书
 * @param reference the case number it concerns
 * @param facts labelled facts (applicant, item, dates), in order
 * @param body the paragraphs of the text
 * @param issuer who issues it (the department, or the county government)
 * @param issuedOn the date as written on the notice
 */
public record NoticeDocument(
    Kind kind,
    String title,
    String reference,
    List<Fact> facts,
    List<String> body,
    String issuer,
    String issuedOn) {

  /** The notices a case produces, by the state it reached. */
  public enum Kind {
    ACCEPTANCE,
    REFUSAL,
    SUPPLEMENT,
    /** 延长行政许可期限告知书: the decision period was extended (Art. 42). */
    EXTENSION,
    DECISION;

    /**
     * The notices a case has been issued so far, in the order they arise.
     *
     * @param events the case's history
     */
    public static List<Kind> issuedFor(CaseFile c, List<CaseEvent> events) {
      List<Kind> out = new java.util.ArrayList<>();
      if (c.supplementNotices() > 0) {
        out.add(SUPPLEMENT);
      }
      if (c.status() == CaseStatus.REFUSED) {
        out.add(REFUSAL);
      }
      if (c.acceptedAt() != null) {
        out.add(ACCEPTANCE);
      }
      if (events.stream().anyMatch(e -> "extended".equals(e.kind()))) {
        out.add(EXTENSION);
      }
      if (c.decidedAt() != null) {
        out.add(DECISION);
      }
      return out;
    }

    /** The name of this kind in an address ({@code acceptance}, ...). */
    public String slug() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The kind named in an address ({@code acceptance}, ...), or null. */
    public static Kind of(String name) {
      for (Kind k : values()) {
        if (k.name().equalsIgnoreCase(name)) {
          return k;
        }
      }
      return null;
    }
  }

  /** One labelled fact. */
  public record Fact(String label, String value) {}

  public NoticeDocument {
    Objects.requireNonNull(kind, "kind");
    facts = List.copyOf(facts);
    body = List.copyOf(body);
  }
}
