package cn.yangguang.casework.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.casework.domain.CaseEvent;
import cn.yangguang.casework.domain.CaseFile;
import cn.yangguang.casework.domain.CaseNotFoundException;
import cn.yangguang.casework.domain.CaseRejectedException;
import cn.yangguang.casework.domain.CaseRepository;
import cn.yangguang.casework.domain.CaseStatus;
import cn.yangguang.casework.domain.DecisionExtension;
import cn.yangguang.casework.domain.DocumentRenderer;
import cn.yangguang.casework.domain.NoticeDocument;
import cn.yangguang.casework.domain.NoticeDocument.Fact;
import cn.yangguang.casework.domain.NoticeDocument.Kind;
import cn.yangguang.catalogue.domain.ItemFields;
import cn.yangguang.catalogue.domain.ItemRepository;
import cn.yangguang.kernel.tenancy.application.TenantStructureService;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The written notices of a case as PDF: 受理通知书 once accepted, 不予受理决定书 once refused, 补正材料通知书 once a
 * supplement notice was sent, 延长行政许可期限告知书 once the decision period was extended, and the 行政许可决定书
 * (准予 or 不予) once decided. A notice the case has not reached answers 409. The applicant's ID number
 * appears masked.
 */
@ApplicationScoped
public class CaseDocuments {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(CaseIntake.ZONE);

  @Inject TenantTransactions transactions;
  @Inject CaseRepository cases;
  @Inject ItemRepository items;
  @Inject TenantStructureService structure;
  @Inject DocumentRenderer renderer;

  /**
   * The notice as PDF.
   *
   * @param countyName the county government's name, for the heading of refusals and decisions
   */
  public byte[] pdf(TenantRef t, UUID caseId, Kind kind, String countyName) {
    return renderer.pdf(transactions.call(t, () -> document(t, caseId, kind, countyName)));
  }

  /** The notices the case has been issued so far (what {@link #pdf} answers without 409). */
  public List<Kind> issued(TenantRef t, CaseFile c) {
    return transactions.call(t, () -> Kind.issuedFor(c, cases.events(c.id())));
  }

  NoticeDocument document(TenantRef t, UUID caseId, Kind kind, String countyName) {
    CaseFile c = cases.find(caseId).orElseThrow(() -> new CaseNotFoundException("case " + caseId));
    ItemFields item = items.byId(c.itemVersionId()).orElseThrow().fields();
    String department =
        structure.structure(t).departments().stream()
            .filter(d -> d.code().equals(c.departmentCode()))
            .map(d -> d.nameZh())
            .findFirst()
            .orElse(countyName);
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("申请人", c.applicant().name()));
    facts.add(new Fact("证件号码", c.applicant().masked().idNumber()));
    facts.add(new Fact("申请事项", c.itemName()));
    facts.add(new Fact("收件日期", date(c.receivedAt())));
    List<String> body = new ArrayList<>();
    String title;
    Instant issued;
    switch (kind) {
      case ACCEPTANCE -> {
        require(c.acceptedAt() != null, "the case is not accepted");
        title = "受理通知书";
        issued = c.acceptedAt();
        facts.add(new Fact("受理日期", date(c.acceptedAt())));
        body.add(
            "你（单位）提出的"
                + c.itemName()
                + "申请，申请材料齐全、符合法定形式，根据《中华人民共和国行政许可法》第三十二条的规定，决定予以受理。"
                + (c.deemedAccepted() ? "本机关未在法定期限内告知补正，自收到申请材料之日起即为受理。" : ""));
        if (item.promised() != null && item.promised().amount() > 0) {
          body.add(
              "本机关承诺自受理之日起"
                  + item.promised().amount()
                  + "个工作日内作出决定；依法需要听证、检验、检测、鉴定、专家评审的，所需时间不计算在内，届时另行书面告知。");
        }
        body.add("可凭办件编号" + c.number() + "和查询码查询办理进度。");
      }
      case REFUSAL -> {
        require(c.status() == CaseStatus.REFUSED, "the case was not refused");
        title = "不予受理决定书";
        issued = c.completedAt();
        body.add("你（单位）提出的" + c.itemName() + "申请，经审查，决定不予受理。理由：" + c.outcomeReason() + "。");
        body.add("如不服本决定，可以自收到本决定书之日起六十日内向" + countyName + "人民政府申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。");
      }
      case SUPPLEMENT -> {
        CaseEvent notice = lastEvent(caseId, "supplement-requested");
        require(notice != null, "no supplement notice was sent");
        title = "补正材料通知书";
        issued = notice.at();
        body.add(
            "你（单位）提出的"
                + c.itemName()
                + "申请，申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条的规定，现一次性告知需要补正的全部内容："
                + notice.note()
                + "。");
        body.add("请补正后重新提交；补正材料收到之日起重新计算受理期限。");
      }
      case EXTENSION -> {
        CaseEvent extended = lastEvent(caseId, "extended");
        require(extended != null, "the decision period was not extended");
        title = "延长行政许可期限告知书";
        issued = extended.at();
        int days = DecisionExtension.days(c.template());
        body.add(
            "你（单位）提出的"
                + c.itemName()
                + "申请，本机关已于"
                + date(c.acceptedAt())
                + "受理。因"
                + extended.note()
                + "，不能在法定（承诺）期限内作出决定。根据《中华人民共和国行政许可法》第四十二条的规定，经本机关负责人批准，审批期限延长"
                + days
                + "个工作日。");
        body.add("依法需要听证、检验、检测、鉴定、专家评审的，所需时间不计算在内。可凭办件编号" + c.number() + "和查询码查询办理进度。");
      }
      case DECISION -> {
        require(c.decidedAt() != null, "the case is not decided");
        boolean approved = isApproved(caseId);
        title = approved ? "准予行政许可决定书" : "不予行政许可决定书";
        issued = c.decidedAt();
        facts.add(new Fact("决定日期", date(c.decidedAt())));
        body.add(
            approved
                ? "你（单位）提出的"
                    + c.itemName()
                    + "申请，经审查，符合法定条件、标准，根据"
                    + item.legalBasis()
                    + "的规定，决定准予行政许可。"
                : "你（单位）提出的"
                    + c.itemName()
                    + "申请，经审查，不符合法定条件、标准，决定不予行政许可。理由："
                    + c.outcomeReason()
                    + "。");
        if (!approved) {
          body.add("如不服本决定，可以自收到本决定书之日起六十日内向" + countyName + "人民政府申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。");
        }
      }
      default -> throw new IllegalArgumentException(kind.name());
    }
    return new NoticeDocument(kind, title, c.number(), facts, body, department, date(issued));
  }

  private CaseEvent lastEvent(UUID caseId, String kind) {
    return cases.events(caseId).stream()
        .filter(e -> kind.equals(e.kind()))
        .reduce((a, b) -> b)
        .orElse(null);
  }

  private boolean isApproved(UUID caseId) {
    return cases.events(caseId).stream().anyMatch(e -> "approved".equals(e.kind()));
  }

  private static void require(boolean reached, String why) {
    if (!reached) {
      throw CaseRejectedException.conflict("kind", "no such notice yet: " + why);
    }
  }

  private static String date(Instant at) {
    return at == null ? "" : DATE.format(at);
  }
}
