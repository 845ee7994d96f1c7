package cn.yangguang.disclosure.request.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.disclosure.application.DisclosureCatalogue;
import cn.yangguang.disclosure.request.domain.AnnualReport;
import cn.yangguang.disclosure.request.domain.DisclosureRequest;
import cn.yangguang.disclosure.request.domain.Outcome;
import cn.yangguang.disclosure.request.domain.RequestRejected;
import cn.yangguang.disclosure.request.domain.Row;
import cn.yangguang.kernel.pdf.PdfRenderer;
import cn.yangguang.kernel.pdf.PrintedDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The written documents of a request as PDF (the kernel's renderer, embedded CJK font): the
 * supplement notice (补正告知书), the fee notice (收费通知书) and the reply (答复书) citing its article; and an
 * annual report with its three tables. The applicant's ID number is masked on every one.
 */
@ApplicationScoped
public class RequestDocuments {

  /** The documents a request can have. */
  public enum Kind {
    SUPPLEMENT,
    FEE,
    REPLY,
    THIRD_PARTY
  }

  @Inject PdfRenderer renderer;
  @Inject DisclosureCatalogue catalogue;

  /**
   * A document of a request the caller may read.
   *
   * @throws RequestRejected (409) for a document the request has not reached
   */
  public byte[] pdf(TenantRef t, RequestQueries.View v, Kind kind) {
    DisclosureRequest r = v.request();
    Row row = r.row();
    String agency = agencyName(t, row.received().agencyCode());
    List<PrintedDocument.Fact> facts = new ArrayList<>();
    facts.add(new PrintedDocument.Fact("申请人", v.maskedApplicant().name()));
    facts.add(new PrintedDocument.Fact("证件号码", v.maskedApplicant().idNumber()));
    facts.add(new PrintedDocument.Fact("收到申请日期", date(row.receivedOn())));
    facts.add(new PrintedDocument.Fact("申请内容", row.description()));
    List<PrintedDocument.Block> body = new ArrayList<>();
    String title;
    LocalDate issued;
    switch (kind) {
      case SUPPLEMENT -> {
        require(row.supplement().noticeOn() != null, "no supplement notice was sent");
        title = "政府信息公开申请补正告知书";
        issued = row.supplement().noticeOn();
        body.add(para("根据《中华人民共和国政府信息公开条例》第三十条，你的申请内容不明确，请补正以下内容：" + row.supplement().asked()));
        body.add(
            para(
                "请于"
                    + date(row.supplement().dueOn())
                    + "前补正。答复期限自本机关收到补正之日起计算；无正当理由逾期不补正的，视为放弃申请，本机关不再处理该申请。"));
      }
      case FEE -> {
        require(row.fee().noticeOn() != null, "no fee notice was sent");
        title = "政府信息公开信息处理费收费通知书";
        issued = row.fee().noticeOn();
        body.add(
            para(
                "根据《中华人民共和国政府信息公开条例》第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），你的申请"
                    + (row.fee().scale().name().equals("PER_PAGE") ? "按量计收" : "按件计收")
                    + "，收取信息处理费"
                    + row.fee().amount().toPlainString()
                    + "元。"));
        body.add(
            para("请于" + date(row.fee().dueOn()) + "前缴纳。收费期间不计算在答复期限内；逾期未缴纳的，视为放弃申请，本机关不再处理该申请。"));
      }
      case THIRD_PARTY -> {
        var overruled = r.consultations().stream().filter(c -> c.overruledOn() != null).toList();
        require(!overruled.isEmpty(), "no third party's objection was overruled");
        var c = overruled.get(overruled.size() - 1);
        title = "第三方意见不予采纳告知书";
        issued = c.overruledOn();
        facts.set(0, new PrintedDocument.Fact("第三方", c.party()));
        facts.remove(1);
        body.add(para("本机关于" + date(c.sentOn()) + "就上述政府信息公开申请征求你的意见，你不同意公开。"));
        body.add(
            para(
                "经审查，本机关认为不公开可能对公共利益造成重大影响，决定予以公开。根据《中华人民共和国政府信息公开条例》第三十二条，现将决定公开的政府信息内容和理由书面告知你。"));
        body.add(para("如对本决定不服，可以依法申请行政复议或者提起行政诉讼。"));
      }
      default -> {
        require(row.closure() != null, "the request has not been answered yet");
        Outcome o = row.closure().outcome();
        title = "政府信息公开申请答复书";
        issued = row.closure().closedOn();
        body.add(
            para(
                "本机关于"
                    + date(row.receivedOn())
                    + "收到你的政府信息公开申请。根据《中华人民共和国政府信息公开条例》第"
                    + o.article()
                    + "条，答复如下："));
        body.add(para(ReplyWording.of(o)));
        if (row.closure().reason() != null) {
          body.add(para("理由：" + row.closure().reason()));
        }
        if (row.closure().redirectTo() != null) {
          body.add(para("请向：" + row.closure().redirectTo()));
        }
        body.add(para("如对本答复不服，可以自收到本答复之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。"));
      }
    }
    return renderer.pdf(
        new PrintedDocument(title, row.received().number(), facts, body, agency, date(issued)));
  }

  /** An annual report as PDF, in the template's order. */
  public byte[] report(TenantRef t, AnnualReport r) {
    String name = r.county() ? "本县" : agencyName(t, r.agencyCode());
    List<PrintedDocument.Block> body = new ArrayList<>();
    body.add(new PrintedDocument.Heading("一、总体情况"));
    body.add(para(r.narrative().overview()));
    for (ReportText.Grid g :
        List.of(
            ReportText.table2(r.table2()),
            ReportText.table3(r.table3()),
            ReportText.table4(r.table4()))) {
      body.add(new PrintedDocument.Heading(g.title()));
      body.add(new PrintedDocument.Table(g.head(), g.rows()));
    }
    body.add(new PrintedDocument.Heading("五、存在的主要问题及改进情况"));
    body.add(para(r.narrative().problems()));
    body.add(new PrintedDocument.Heading("六、其他需要报告的事项"));
    body.add(para(r.narrative().other()));
    return renderer.pdf(
        new PrintedDocument(
            ReportText.title(name, r.year()),
            r.status() == AnnualReport.Status.PUBLISHED ? "" : "（草稿）",
            List.of(),
            body,
            name,
            r.publishedAt() == null
                ? ""
                : date(
                    LocalDate.ofInstant(r.publishedAt(), java.time.ZoneId.of("Asia/Shanghai")))));
  }

  private String agencyName(TenantRef t, String code) {
    return catalogue.agency(t, code).map(DisclosureCatalogue.Agency::nameZh).orElse(code);
  }

  private static PrintedDocument.Paragraph para(String s) {
    return new PrintedDocument.Paragraph(s == null ? "" : s);
  }

  private static void require(boolean reached, String what) {
    if (!reached) {
      throw RequestRejected.conflict("kind", what);
    }
  }

  private static String date(LocalDate d) {
    return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }
}
