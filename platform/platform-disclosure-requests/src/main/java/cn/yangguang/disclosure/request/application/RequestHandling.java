package cn.yangguang.disclosure.request.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.disclosure.request.domain.Consultation;
import cn.yangguang.disclosure.request.domain.DisclosureRequest;
import cn.yangguang.disclosure.request.domain.FeeSchedule;
import cn.yangguang.disclosure.request.domain.Outcome;
import cn.yangguang.disclosure.request.domain.RequestRepository;
import cn.yangguang.disclosure.request.domain.WorkingDays;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What disclosure officers do with a request, each step in one tenant transaction with its clock
 * change, its step for the applicant, its audit entry and its event: the supplement notice and the
 * supplement, the extension, consultations and the overruling notice, the fee notice and payment,
 * the excessive-request reasons and the answer. The lapses (no supplement, no payment, no opinion
 * in time) come from {@link RequestPeriodWatcher}.
 */
@ApplicationScoped
public class RequestHandling {

  /** Working days of the supplement period when the notice does not set one. */
  public static final int DEFAULT_SUPPLEMENT_DAYS = 15;

  @Inject TenantTransactions transactions;
  @Inject RequestRepository requests;
  @Inject RequestClocks clocks;
  @Inject RequestJournal journal;
  @Inject PlatformClock clock;

  /** One change of a request on a day of the county's calendar. */
  @FunctionalInterface
  private interface Change {
    String apply(DisclosureRequest r, LocalDate today, WorkingDays days);
  }

  /** Sends the one supplement notice: the answer clock stops, the supplement period starts. */
  public DisclosureRequest noticeSupplement(
      TenantRef t, UUID id, String asked, Integer periodDays, RequestActor a) {
    int period = periodDays == null ? DEFAULT_SUPPLEMENT_DAYS : periodDays;
    return act(
        t,
        id,
        a,
        "supplement-notice",
        (r, today, days) -> {
          r.noticeSupplement(asked, period, today, days);
          clocks.pause(t, r.row().answerClockId(), "supplement notice", a.username());
          UUID p =
              clocks.startPeriod(
                  t, RequestClocks.SUBJECT, id, "supplement", today, period, a.username());
          r.clocks(r.row().answerClockId(), p);
          return "请于 " + r.row().supplement().dueOn() + " 前补正：" + r.row().supplement().asked();
        });
  }

  /** The supplement arrived: the answer period counts afresh from today (Art. 30). */
  public DisclosureRequest supplementArrived(TenantRef t, UUID id, RequestActor a) {
    return act(
        t,
        id,
        a,
        "supplement",
        (r, today, days) -> {
          r.supplementArrived(today);
          clocks.complete(t, r.row().periodClockId(), a.username());
          clocks.restart(t, r.row().answerClockId(), "supplement arrived", a.username());
          r.clocks(r.row().answerClockId(), null);
          return "补正材料已收到，答复期限自 " + today + " 起重新计算";
        });
  }

  /** The one extension of 20 working days. */
  public DisclosureRequest extend(TenantRef t, UUID id, String reason, RequestActor a) {
    return act(
        t,
        id,
        a,
        "extension",
        (r, today, days) -> {
          r.extend(reason);
          clocks.extend(
              t, r.row().answerClockId(), DisclosureRequest.ANSWER_DAYS, reason, a.username());
          return "答复期限延长 20 个工作日：" + reason.strip();
        });
  }

  /** Consults a third party or another agency: the answer clock pauses. */
  public DisclosureRequest consult(
      TenantRef t, UUID id, Consultation.Kind kind, String party, RequestActor a) {
    return act(
        t,
        id,
        a,
        "consultation",
        (r, today, days) -> {
          boolean wasRunning = r.consultations().stream().noneMatch(Consultation::open);
          Consultation c = r.consult(UUID.randomUUID(), kind, party, today, days);
          if (wasRunning) {
            clocks.pause(t, r.row().answerClockId(), "consultation", a.username());
          }
          UUID clock =
              clocks.startPeriod(
                  t,
                  RequestClocks.CONSULTATION,
                  c.id(),
                  "opinion",
                  today,
                  Consultation.THIRD_PARTY_DAYS,
                  a.username());
          r.consultationClock(c.id(), clock);
          return "征求" + (kind == Consultation.Kind.THIRD_PARTY ? "第三方" : "其他机关") + "意见，期间不计入答复期限";
        });
  }

  /** Records an opinion; once none is open the answer clock runs again. */
  public DisclosureRequest consultationAnswered(
      TenantRef t, UUID id, UUID consultation, Consultation.Opinion opinion, RequestActor a) {
    return act(
        t,
        id,
        a,
        "consultation-answered",
        (r, today, days) -> answered(t, r, consultation, opinion, today, a.username()));
  }

  /** The written notice to a third party whose objection is overruled. */
  public DisclosureRequest overrule(TenantRef t, UUID id, UUID consultation, RequestActor a) {
    return act(
        t,
        id,
        a,
        "third-party-overruled",
        (r, today, days) -> {
          r.overrule(consultation, today);
          return null;
        });
  }

  /** The fee notice by one scale; the answer clock pauses until the payment. */
  public DisclosureRequest noticeFee(
      TenantRef t, UUID id, FeeSchedule.Scale scale, int pages, RequestActor a) {
    return act(
        t,
        id,
        a,
        "fee-notice",
        (r, today, days) -> {
          int ordinal =
              requests.countInMonth(
                  r.row().received().agencyCode(),
                  r.row().received().applicantIndex(),
                  r.row().receivedOn());
          BigDecimal fee = FeeSchedule.fee(scale, ordinal, pages);
          r.noticeFee(scale, fee, today, days);
          clocks.pause(t, r.row().answerClockId(), "fee notice", a.username());
          UUID p =
              clocks.startPeriod(
                  t,
                  RequestClocks.SUBJECT,
                  id,
                  "payment",
                  today,
                  DisclosureRequest.FEE_PAYMENT_DAYS,
                  a.username());
          r.clocks(r.row().answerClockId(), p);
          return "信息处理费 " + fee.toPlainString() + " 元，请于 " + r.row().fee().dueOn() + " 前缴纳";
        });
  }

  /** The fee was paid: the answer clock runs again. */
  public DisclosureRequest feePaid(TenantRef t, UUID id, RequestActor a) {
    return act(
        t,
        id,
        a,
        "fee-paid",
        (r, today, days) -> {
          r.feePaid(today);
          clocks.complete(t, r.row().periodClockId(), a.username());
          clocks.resume(t, r.row().answerClockId(), a.username());
          r.clocks(r.row().answerClockId(), null);
          return "已缴费";
        });
  }

  /** Records why the request looks excessive (Art. 35). */
  public DisclosureRequest markExcessive(TenantRef t, UUID id, String reason, RequestActor a) {
    return act(
        t,
        id,
        a,
        "excessive",
        (r, today, days) -> {
          r.markExcessive(reason);
          return null;
        });
  }

  /** A longer deadline for a reasonably explained excessive request (Art. 35), notified to her. */
  public DisclosureRequest grantLongerPeriod(TenantRef t, UUID id, Integer days, RequestActor a) {
    return act(
        t,
        id,
        a,
        "longer-period",
        (r, today, wd) -> {
          r.grantLongerPeriod(days == null ? 0 : days);
          clocks.extend(t, r.row().answerClockId(), days, "Art. 35", a.username());
          return "申请理由合理，答复期限延长 " + days + " 个工作日（条例第三十五条）";
        });
  }

  /** Answers and closes the request; the answer clock stops (on time or late, as it says). */
  public DisclosureRequest answer(
      TenantRef t, UUID id, Outcome outcome, String reason, String redirectTo, RequestActor a) {
    return act(
        t,
        id,
        a,
        "answered",
        (r, today, days) -> {
          r.answer(outcome, reason, redirectTo, today);
          clocks.complete(t, r.row().answerClockId(), a.username());
          return "已答复：" + ReplyWording.of(outcome);
        });
  }

  /**
   * Applies a period that ended (the sweep's OVERDUE): no supplement or no payment in time closes
   * the request; no third-party opinion in time lets the agency decide alone. Nothing when the
   * request moved on meanwhile.
   */
  public void periodEnded(TenantRef t, UUID requestId, UUID consultationId) {
    String actor = "system:disclosure-periods";
    transactions.run(
        t,
        () -> {
          DisclosureRequest r = requests.find(requestId).orElse(null);
          if (r == null) {
            return;
          }
          LocalDate today = clock.today(clocks.zone(t));
          String note = null;
          if (consultationId != null) {
            boolean open =
                r.consultations().stream().anyMatch(c -> c.id().equals(consultationId) && c.open());
            if (open) {
              note = answered(t, r, consultationId, Consultation.Opinion.NONE, today, actor);
            }
          } else if (r.lapseSupplement(today) || r.lapseFee(today)) {
            clocks.cancel(t, r.row().answerClockId(), "lapsed", actor);
            note =
                "逾期未"
                    + (r.row().closure().outcome() == Outcome.ABANDONED_FEE_UNPAID ? "缴费" : "补正")
                    + "，视为放弃申请";
          }
          if (note != null) {
            requests.update(r);
            journal.record(t, r, "lapsed", actor, note);
          }
        });
  }

  /** The request a consultation belongs to (for the watcher). */
  public java.util.Optional<UUID> requestOfConsultation(TenantRef t, UUID consultation) {
    return transactions.call(t, () -> requests.requestOfConsultation(consultation));
  }

  private String answered(
      TenantRef t,
      DisclosureRequest r,
      UUID consultation,
      Consultation.Opinion o,
      LocalDate today,
      String actor) {
    r.consultationAnswered(consultation, o, today);
    r.consultations().stream()
        .filter(c -> c.id().equals(consultation))
        .findFirst()
        .ifPresent(c -> clocks.complete(t, c.clockId(), actor));
    if (r.consultations().stream().noneMatch(Consultation::open)) {
      clocks.resume(t, r.row().answerClockId(), actor);
    }
    return "意见：" + o.name();
  }

  private DisclosureRequest act(TenantRef t, UUID id, RequestActor a, String kind, Change change) {
    return transactions.call(
        t,
        () -> {
          DisclosureRequest r =
              requests.find(id).orElseThrow(() -> new RequestNotFoundException("no request " + id));
          a.requireAct(r.row().received().agencyCode());
          LocalDate today = clock.today(clocks.zone(t));
          String note = change.apply(r, today, clocks.workingDays(t));
          requests.update(r);
          journal.record(t, r, kind, a.username(), note);
          return requests.find(id).orElseThrow();
        });
  }
}
