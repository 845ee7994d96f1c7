package cn.yangguang.web.casework;

import cn.yangguang.casework.application.CaseQueries;
import cn.yangguang.casework.domain.Applicant;
import cn.yangguang.casework.domain.CaseEvent;
import cn.yangguang.casework.domain.CaseFile;
import cn.yangguang.casework.domain.CaseRepository;
import cn.yangguang.casework.domain.NoticeDocument;
import cn.yangguang.casework.domain.WorkItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of cases. Applicants appear masked. */
public final class CaseViews {

  private CaseViews() {}

  /** A case in a list. */
  public record Summary(
      UUID id,
      String number,
      String itemKey,
      String itemName,
      String status,
      String channel,
      String applicantName,
      Instant receivedAt,
      Instant acceptedAt,
      boolean deemedAccepted) {}

  /**
   * One case for staff.
   *
   * @param notices the written notices issued so far, by the name their PDF address takes
   */
  public record Detail(
      UUID id,
      String number,
      String itemKey,
      int itemVersion,
      String itemName,
      String department,
      String template,
      String status,
      String channel,
      Applicant applicant,
      Instant receivedAt,
      Instant receiptAt,
      Instant acceptedAt,
      boolean deemedAccepted,
      Instant decidedAt,
      Instant completedAt,
      int supplementNotices,
      String reason,
      BigDecimal feeCharged,
      BigDecimal feeStandard,
      boolean feeFlagged,
      boolean specialProcedure,
      List<CaseRepository.Material> materials,
      List<CaseEvent> events,
      List<WorkItem> workItems,
      List<CaseQueries.ClockView> clocks,
      List<String> notices) {}

  /** The answer to a submission: the query code is shown this once (and on a retry). */
  public record Submitted(
      UUID id, String number, String queryCode, String status, boolean replayed) {}

  static Summary summary(CaseFile c) {
    return new Summary(
        c.id(),
        c.number(),
        c.itemKey(),
        c.itemName(),
        c.status().name(),
        c.channel().name(),
        c.applicant().publicName(),
        c.receivedAt(),
        c.acceptedAt(),
        c.deemedAccepted());
  }

  static Detail detail(CaseQueries.CaseDetail d) {
    CaseFile c = d.caseFile();
    return new Detail(
        c.id(),
        c.number(),
        c.itemKey(),
        c.itemVersion(),
        c.itemName(),
        c.departmentCode(),
        c.template().name(),
        c.status().name(),
        c.channel().name(),
        d.applicant(),
        c.receivedAt(),
        c.receiptAt(),
        c.acceptedAt(),
        c.deemedAccepted(),
        c.decidedAt(),
        c.completedAt(),
        c.supplementNotices(),
        c.outcomeReason(),
        c.feeCharged(),
        c.feeStandard(),
        c.feeFlagged(),
        c.paused(),
        d.materials(),
        d.events(),
        d.workItems(),
        d.clocks(),
        NoticeDocument.Kind.issuedFor(c, d.events()).stream()
            .map(NoticeDocument.Kind::slug)
            .toList());
  }
}
