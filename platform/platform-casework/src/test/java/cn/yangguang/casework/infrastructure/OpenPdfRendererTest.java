package cn.yangguang.casework.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.casework.domain.NoticeDocument;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class OpenPdfRendererTest {

  @Test
  void aNoticeIsAPdfWithItsChineseTextAndAnEmbeddedFont() throws Exception {
    NoticeDocument n =
        new NoticeDocument(
            NoticeDocument.Kind.ACCEPTANCE,
            "受理通知书",
            "422822-20261124-00001",
            List.of(
                new NoticeDocument.Fact("申请人", "张三丰"), new NoticeDocument.Fact("申请事项", "企业投资项目核准")),
            List.of("你（单位）提出的企业投资项目核准申请，决定予以受理。"),
            "建始县发展和改革局",
            "2026年11月24日");
    byte[] pdf = new OpenPdfRenderer().pdf(n);
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    assertThat(pdf.length).isLessThan(200_000); // a subset of the font, not all of it
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("受理通知书", "422822-20261124-00001", "张三丰", "建始县发展和改革局", "2026年11月24日");
      PDFont font =
          doc.getPage(0)
              .getResources()
              .getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
      assertThat(font.isEmbedded()).isTrue();
    }
  }
}
