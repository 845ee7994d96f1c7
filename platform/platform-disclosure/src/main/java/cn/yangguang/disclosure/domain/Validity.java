package cn.yangguang.disclosure.domain;

/** Whether a document is in force, or repealed by a later one (which the document names). */
public enum Validity {
  /** 有效. */
  IN_FORCE,
  /** 已废止. */
  REPEALED
}
