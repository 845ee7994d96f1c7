package cn.yangguang.web.disclosure.request;

import cn.yangguang.disclosure.request.application.RequestQueries;
import cn.yangguang.disclosure.request.domain.Applicant;
import cn.yangguang.disclosure.request.domain.Consultation;
import cn.yangguang.disclosure.request.domain.Row;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of requests: always with the applicant masked. */
public final class RequestViews {

  private RequestViews() {}

  /** A request. */
  public record Detail(
      UUID id,
      String number,
      String agencyCode,
      String channel,
      Applicant applicant,
      String description,
      String purpose,
      String delivery,
      LocalDate receivedOn,
      String status,
      LocalDate clockStartOn,
      RequestQueries.Deadline deadline,
      boolean extended,
      String extensionReason,
      String excessiveReason,
      Supplement supplement,
      Fee fee,
      Closure closure,
      List<Consultation> consultations,
      List<Step> steps,
      List<cn.yangguang.disclosure.request.domain.ApplicantNotifier.Message> messages) {}

  public record Supplement(
      LocalDate noticeOn, String asked, LocalDate dueOn, LocalDate arrivedOn) {}

  public record Fee(
      String scale, BigDecimal amount, LocalDate noticeOn, LocalDate dueOn, LocalDate paidOn) {}

  /** The outcome with its article and its row of Table 3. */
  public record Closure(
      String outcome,
      String article,
      String reportRow,
      String reason,
      String redirectTo,
      LocalDate closedOn) {}

  public record Step(int seq, Instant at, String kind, String note) {}

  static Detail detail(RequestQueries.View v) {
    Row r = v.request().row();
    Row.Received in = r.received();
    return new Detail(
        in.id(),
        in.number(),
        in.agencyCode(),
        in.channel().name(),
        v.maskedApplicant(),
        in.description(),
        in.purpose(),
        in.delivery(),
        in.receivedOn(),
        r.status().name(),
        r.clockStartOn(),
        v.deadline(),
        r.extended(),
        r.extensionReason(),
        r.excessiveReason(),
        r.supplement().noticeOn() == null
            ? null
            : new Supplement(
                r.supplement().noticeOn(),
                r.supplement().asked(),
                r.supplement().dueOn(),
                r.supplement().arrivedOn()),
        r.fee().noticeOn() == null
            ? null
            : new Fee(
                r.fee().scale().name(),
                r.fee().amount(),
                r.fee().noticeOn(),
                r.fee().dueOn(),
                r.fee().paidOn()),
        r.closure() == null
            ? null
            : new Closure(
                r.closure().outcome().name(),
                r.closure().outcome().article(),
                r.closure().outcome().row().name(),
                r.closure().reason(),
                r.closure().redirectTo(),
                r.closure().closedOn()),
        v.request().consultations(),
        v.events().stream().map(e -> new Step(e.seq(), e.at(), e.kind(), e.note())).toList(),
        v.messages());
  }
}
