package cn.yangguang.kernel.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Prints a {@link PrintedDocument} as PDF with OpenPDF 1.4 and the Noto Sans SC subset shipped in
 * {@code kernel/fonts}, embedded as a subset of the glyphs the document uses (ADR 0025), so that it
 * prints and archives the same everywhere. Thread-safe; keeps no document after returning.
 */
@ApplicationScoped
public class PdfRenderer {

  static final String FONT = "kernel/fonts/NotoSansSC-Subset.otf";

  private static volatile byte[] font;

  /**
   * The document as a PDF file.
   *
   * @throws IllegalStateException when it cannot be rendered (a broken font resource)
   */
  public byte[] pdf(PrintedDocument n) {
    try {
      BaseFont base =
          BaseFont.createFont(
              "NotoSansSC-Subset.otf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, font(), null);
      Font title = new Font(base, 20, Font.BOLD);
      Font heading = new Font(base, 14, Font.BOLD);
      Font text = new Font(base, 12);
      Font small = new Font(base, 9);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Document d = new Document(PageSize.A4, 72, 72, 72, 72);
      PdfWriter.getInstance(d, out);
      d.addTitle(n.title() + (n.reference() == null ? "" : " " + n.reference()));
      d.addCreator("Yangguang");
      d.open();
      Paragraph head = new Paragraph(n.title(), title);
      head.setAlignment(Element.ALIGN_CENTER);
      head.setSpacingAfter(6);
      d.add(head);
      if (n.reference() != null && !n.reference().isEmpty()) {
        Paragraph ref = new Paragraph(n.reference(), new Font(base, 10));
        ref.setAlignment(Element.ALIGN_CENTER);
        ref.setSpacingAfter(18);
        d.add(ref);
      }
      if (!n.facts().isEmpty()) {
        PdfPTable facts = new PdfPTable(new float[] {1, 3});
        facts.setWidthPercentage(100);
        for (PrintedDocument.Fact f : n.facts()) {
          facts.addCell(cell(f.label(), text, 6));
          facts.addCell(cell(f.value() == null ? "" : f.value(), text, 6));
        }
        facts.setSpacingAfter(18);
        d.add(facts);
      }
      for (PrintedDocument.Block b : n.blocks()) {
        d.add(block(b, heading, text, small));
      }
      Paragraph issuer = new Paragraph(n.issuer() + "\n" + n.issuedOn(), text);
      issuer.setAlignment(Element.ALIGN_RIGHT);
      issuer.setSpacingBefore(36);
      d.add(issuer);
      d.close();
      return out.toByteArray();
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("document " + n.title() + " not rendered", e);
    }
  }

  private static Element block(PrintedDocument.Block b, Font heading, Font text, Font small) {
    if (b instanceof PrintedDocument.Table t) {
      return table(t, small);
    }
    boolean isHeading = b instanceof PrintedDocument.Heading;
    Paragraph para =
        new Paragraph(
            isHeading
                ? ((PrintedDocument.Heading) b).text()
                : ((PrintedDocument.Paragraph) b).text(),
            isHeading ? heading : text);
    if (isHeading) {
      para.setSpacingBefore(12);
    } else {
      para.setFirstLineIndent(24);
      para.setLeading(20);
    }
    para.setSpacingAfter(8);
    return para;
  }

  private static PdfPTable table(PrintedDocument.Table t, Font f) {
    int columns = t.head().size();
    float[] widths = new float[columns];
    for (int i = 0; i < columns; i++) {
      widths[i] = i == 0 ? 4 : 1;
    }
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String h : t.head()) {
      table.addCell(cell(h, f, 4));
    }
    for (var row : t.rows()) {
      for (int i = 0; i < columns; i++) {
        table.addCell(cell(i < row.size() ? row.get(i) : "", f, 4));
      }
    }
    table.setSpacingAfter(12);
    return table;
  }

  private static PdfPCell cell(String s, Font f, float padding) {
    PdfPCell c = new PdfPCell(new Paragraph(s, f));
    c.setPadding(padding);
    return c;
  }

  private static byte[] font() throws IOException {
    byte[] f = font;
    if (f == null) {
      try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(FONT)) {
        if (in == null) {
          throw new IOException("missing font resource " + FONT);
        }
        f = in.readAllBytes();
      }
      font = f;
    }
    return f;
  }
}
