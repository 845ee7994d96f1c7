package cn.yangguang.disclosure.domain;

import java.util.Optional;

/**
 * A step of a document's lifecycle, the role that owns it and the status it moves from and to.
 * Writing and publishing are the disclosure officer's; the confidentiality review is the secrecy
 * reviewer's, so no one clears their own document for publication unless they hold both roles.
 */
public enum Step {
  /** Sends a draft to confidentiality review. */
  SUBMIT("discloser", DocumentStatus.DRAFT, DocumentStatus.IN_REVIEW),
  /** Clears a document under review. */
  APPROVE("secrecy", DocumentStatus.IN_REVIEW, DocumentStatus.APPROVED),
  /** Sends a document under review back to its officer, with the reviewer's note. */
  RETURN("secrecy", DocumentStatus.IN_REVIEW, DocumentStatus.DRAFT),
  /** Publishes a cleared document. */
  PUBLISH("discloser", DocumentStatus.APPROVED, DocumentStatus.PUBLISHED),
  /** Takes a published document down. */
  WITHDRAW("discloser", DocumentStatus.PUBLISHED, DocumentStatus.WITHDRAWN);

  private final String role;
  private final DocumentStatus from;
  private final DocumentStatus to;

  Step(String role, DocumentStatus from, DocumentStatus to) {
    this.role = role;
    this.from = from;
    this.to = to;
  }

  /** The role slug that owns the step. */
  public String role() {
    return role;
  }

  /** The status the document must be in. */
  public DocumentStatus from() {
    return from;
  }

  /** The status after the step. */
  public DocumentStatus to() {
    return to;
  }

  /** The step named in a URL or form ({@code submit}, {@code approve} ...), if there is one. */
  public static Optional<Step> named(String name) {
    for (Step s : values()) {
      if (s.name().equalsIgnoreCase(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The step's name in URLs and audit actions. */
  public String slug() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
