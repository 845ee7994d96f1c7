package cn.yangguang.disclosure.domain;

/**
 * Where a document is in its lifecycle. Only {@link #PUBLISHED} is visible to the public: never
 * before (a draft, or one under confidentiality review, may hold what must not be disclosed), and
 * never after it is withdrawn.
 */
public enum DocumentStatus {
  /** Being written by the disclosure officer. */
  DRAFT,
  /** Under confidentiality review (保密审查). */
  IN_REVIEW,
  /** Cleared by the review; may be published. */
  APPROVED,
  /** Public. */
  PUBLISHED,
  /** Taken down after publication; kept for the record. */
  WITHDRAWN
}
