package cn.yangguang.casework.domain;

/**
 * Renders notices as PDF with an embedded CJK font, so that they print and archive the same
 * everywhere. Implementations are thread-safe and keep no document after returning.
 */
public interface DocumentRenderer {

  /**
   * The notice as a PDF file.
   *
   * @throws IllegalStateException when the document cannot be rendered (a broken font resource)
   */
  byte[] pdf(NoticeDocument document);
}
