package cn.yangguang.disclosure.domain;

/** The kind of a document, as the annual report counts them (RULES.md §1, table 2). */
public enum DocumentKind {
  /** 规章. */
  RULE,
  /** 行政规范性文件. */
  NORMATIVE,
  /** Anything else. */
  OTHER
}
