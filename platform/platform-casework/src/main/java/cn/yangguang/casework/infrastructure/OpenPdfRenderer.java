package cn.yangguang.casework.infrastructure;

import cn.yangguang.casework.domain.DocumentRenderer;
import cn.yangguang.casework.domain.NoticeDocument;
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
 * {@link DocumentRenderer} with OpenPDF 1.4 (LGPL/MPL, Java 11 bytecode) and the Noto Sans SC
 * subset shipped in {@code casework/fonts}, embedded as a subset of the glyphs each notice uses
 * (ADR 0025).
 */
@ApplicationScoped
public class OpenPdfRenderer implements DocumentRenderer {

  static final String FONT = "casework/fonts/NotoSansSC-Subset.otf";

  private volatile byte[] font;

  @Override
  public byte[] pdf(NoticeDocument n) {
    try {
      BaseFont base =
          BaseFont.createFont(
              "NotoSansSC-Subset.otf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, font(), null);
      Font title = new Font(base, 20, Font.BOLD);
      Font text = new Font(base, 12);
      Font small = new Font(base, 10);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Document d = new Document(PageSize.A4, 72, 72, 72, 72);
      PdfWriter.getInstance(d, out);
      d.addTitle(n.title() + " " + n.reference());
      d.addCreator("Yangguang");
      d.open();
      Paragraph heading = new Paragraph(n.title(), title);
      heading.setAlignment(Element.ALIGN_CENTER);
      heading.setSpacingAfter(6);
      d.add(heading);
      Paragraph ref = new Paragraph(n.reference(), small);
      ref.setAlignment(Element.ALIGN_CENTER);
      ref.setSpacingAfter(18);
      d.add(ref);
      PdfPTable facts = new PdfPTable(new float[] {1, 3});
      facts.setWidthPercentage(100);
      for (NoticeDocument.Fact f : n.facts()) {
        facts.addCell(cell(f.label(), text));
        facts.addCell(cell(f.value() == null ? "" : f.value(), text));
      }
      facts.setSpacingAfter(18);
      d.add(facts);
      for (String p : n.body()) {
        Paragraph para = new Paragraph(p, text);
        para.setFirstLineIndent(24);
        para.setLeading(20);
        para.setSpacingAfter(8);
        d.add(para);
      }
      Paragraph issuer = new Paragraph(n.issuer() + "\n" + n.issuedOn(), text);
      issuer.setAlignment(Element.ALIGN_RIGHT);
      issuer.setSpacingBefore(36);
      d.add(issuer);
      d.close();
      return out.toByteArray();
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("notice " + n.reference() + " not rendered", e);
    }
  }

  private static PdfPCell cell(String s, Font f) {
    PdfPCell c = new PdfPCell(new Paragraph(s, f));
    c.setPadding(6);
    return c;
  }

  private byte[] font() throws IOException {
    byte[] f = font;
    if (f == null) {
      try (InputStream in = OpenPdfRenderer.class.getClassLoader().getResourceAsStream(FONT)) {
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
