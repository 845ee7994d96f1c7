package cn.yangguang.casework.infrastructure;

import cn.yangguang.casework.domain.DocumentRenderer;
import cn.yangguang.casework.domain.NoticeDocument;
import cn.yangguang.kernel.pdf.PdfRenderer;
import cn.yangguang.kernel.pdf.PrintedDocument;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@link DocumentRenderer} on the kernel's PDF renderer (OpenPDF 1.4 and the Noto Sans SC subset
 * shared by every context, ADR 0025): a notice is a heading, its facts and its paragraphs.
 */
@ApplicationScoped
public class OpenPdfRenderer implements DocumentRenderer {

  private final PdfRenderer renderer = new PdfRenderer();

  @Override
  public byte[] pdf(NoticeDocument n) {
    return renderer.pdf(
        new PrintedDocument(
            n.title(),
            n.reference(),
            n.facts().stream().map(f -> new PrintedDocument.Fact(f.label(), f.value())).toList(),
            n.body().stream()
                .map(p -> (PrintedDocument.Block) new PrintedDocument.Paragraph(p))
                .toList(),
            n.issuer(),
            n.issuedOn()));
  }
}
