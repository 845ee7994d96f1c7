package cn.yangguang.casework.domain;

import java.util.List;
import java.util.Objects;

/**
 * The content of a written notice to an applicant (受理通知书, 不予受理决定书, 补正材料通知书, 行政许可决定书), independent
 * of its format.
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
    DECISION;

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
