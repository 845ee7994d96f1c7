package cn.yangguang.supervision.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.kernel.audit.AuditTrail;
import cn.yangguang.kernel.calendar.domain.TimeUnit;
import cn.yangguang.kernel.clock.application.ClockService;
import cn.yangguang.kernel.clock.domain.Clock;
import cn.yangguang.kernel.clock.domain.ClockStatus;
import cn.yangguang.kernel.outbox.Outbox;
import cn.yangguang.kernel.tenancy.application.TenantStructureService;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import cn.yangguang.supervision.domain.CaseObservations;
import cn.yangguang.supervision.domain.Complaint;
import cn.yangguang.supervision.domain.ComplaintRepository;
import cn.yangguang.supervision.domain.SupervisionRejectedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * Efficiency complaints (效能投诉, ADR 0053): from a signed-in resident on the portal, or from a 12345
 * hotline ticket of the complaint type; each starts a 10-working-day clock and waits for the
 * county's supervisors, who conclude it with an outcome. Every step is audited and published.
 */
@ApplicationScoped
public class Complaints {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Inject TenantTransactions transactions;
  @Inject ComplaintRepository complaints;
  @Inject CaseObservations cases;
  @Inject ClockService clocks;
  @Inject TenantStructureService structure;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;
  @Inject PlatformClock clock;

  /** A complaint with its clock. */
  public record ComplaintView(Complaint complaint, ClockView clock) {}

  /**
   * A resident's complaint.
   *
   * @param departmentCode the department complained about, or null
   * @param caseNumber the case concerned, or null
   */
  public ComplaintView submit(
      TenantRef t,
      UUID userId,
      String username,
      String displayName,
      String departmentCode,
      String caseNumber,
      String summary) {
    String text = Complaint.validSummary(summary);
    String department = blankToNull(departmentCode);
    if (department != null
        && structure.structure(t).departments().stream()
            .noneMatch(d -> d.code().equals(department))) {
      throw SupervisionRejectedException.invalid("department", "is not a department of the county");
    }
    String number = blankToNull(caseNumber);
    return transactions.call(
        t,
        () -> {
          if (number != null && cases.caseOfNumber(number).isEmpty()) {
            throw SupervisionRejectedException.invalid("caseNumber", "is not a case of the county");
          }
          return open(
              t,
              Complaint.Channel.PORTAL,
              null,
              userId,
              displayName,
              department,
              number,
              text,
              username,
              null);
        });
  }

  /**
   * A hotline ticket of the complaint type: recorded once per ticket number, whatever how often the
   * event arrives. Returns whether it was new.
   */
  public boolean fromHotline(TenantRef t, String ticketNumber, String unitCode, String summary) {
    String text = Complaint.validSummary(summary);
    String ref = SupervisionRejectedException.text("number", ticketNumber, 80);
    String department =
        structure.structure(t).departments().stream()
            .filter(d -> d.code().equals(unitCode))
            .map(d -> d.code())
            .findFirst()
            .orElse(null);
    return transactions.call(
        t,
        () ->
            open(
                    t,
                    Complaint.Channel.HOTLINE,
                    ref,
                    null,
                    null,
                    department,
                    null,
                    text,
                    "system:hotline",
                    null)
                != null);
  }

  /** A complaint as of {@code at}, for seeded demo records. */
  ComplaintView seed(TenantRef t, String name, String department, String summary, Instant at) {
    return transactions.call(
        t,
        () ->
            open(
                t,
                Complaint.Channel.PORTAL,
                null,
                null,
                name,
                department,
                null,
                summary,
                SupervisionDemo.ACTOR,
                at));
  }

  /** A supervisor concludes an open complaint with its outcome (its clock stops). */
  public ComplaintView conclude(
      TenantRef t, UUID id, Complaint.Outcome outcome, String note, String actor) {
    if (outcome == null) {
      throw SupervisionRejectedException.invalid(
          "outcome", "must be SUBSTANTIATED, PARTLY or UNFOUNDED");
    }
    String why = SupervisionRejectedException.text("note", note, 2000);
    return transactions.call(
        t,
        () -> {
          Complaint c = load(id);
          if (!complaints.conclude(id, outcome, why, actor, clock.now())) {
            throw SupervisionRejectedException.conflict(
                "complaint " + c.number() + " was already concluded");
          }
          stop(t, c.clockId(), actor);
          journal(t, c, "concluded", actor, "supervisor", outcome.name());
          return view(t, load(id));
        });
  }

  public List<ComplaintView> list(TenantRef t, Complaint.Status status, int limit) {
    return transactions.call(
        t, () -> complaints.list(status, limit).stream().map(c -> view(t, c)).toList());
  }

  /** A resident's own complaints. */
  public List<ComplaintView> mine(TenantRef t, UUID userId) {
    return transactions.call(
        t, () -> complaints.byAuthor(userId, 100).stream().map(c -> view(t, c)).toList());
  }

  public ComplaintView find(TenantRef t, UUID id) {
    return transactions.call(t, () -> view(t, load(id)));
  }

  private ComplaintView open(
      TenantRef t,
      Complaint.Channel channel,
      String sourceRef,
      UUID userId,
      String name,
      String department,
      String caseNumber,
      String summary,
      String actor,
      Instant at) {
    Instant now = at == null ? clock.now() : at;
    UUID id = UUID.randomUUID();
    Clock k =
        clocks.start(
            t,
            new Clock.Subject("complaint", id.toString(), "conclude"),
            SupervisionOrders.REGIME,
            TimeUnit.WORKING_DAYS,
            Complaint.DAYS_TO_CONCLUDE,
            now,
            actor);
    String number =
        complaints.nextNumber(
            "TS-" + DateTimeFormatter.BASIC_ISO_DATE.format(now.atZone(ZONE)) + "-");
    Complaint c =
        new Complaint(
            id,
            number,
            channel,
            sourceRef,
            userId,
            name,
            department,
            caseNumber,
            summary,
            now,
            k.id(),
            Complaint.Status.OPEN,
            null,
            null,
            null,
            null);
    if (!complaints.add(c)) {
      transactions.markRollbackOnly(); // a hotline ticket seen before: drop the clock too
      return null;
    }
    journal(t, c, "received", actor, null, channel.name());
    return new ComplaintView(c, ClockView.of(k));
  }

  private void stop(TenantRef t, UUID clockId, String actor) {
    clocks
        .find(t, clockId)
        .filter(k -> k.status() == ClockStatus.RUNNING || k.status() == ClockStatus.PAUSED)
        .ifPresent(k -> clocks.complete(t, k.id(), actor));
  }

  private Complaint load(UUID id) {
    return complaints
        .find(id)
        .orElseThrow(() -> SupervisionRejectedException.notFound("complaint " + id));
  }

  private ComplaintView view(TenantRef t, Complaint c) {
    return new ComplaintView(c, ClockView.of(clocks.find(t, c.clockId()).orElse(null)));
  }

  private void journal(
      TenantRef t, Complaint c, String kind, String actor, String role, String detail) {
    String summary =
        Json.createObjectBuilder()
            .add("number", c.number())
            .add("channel", c.channel().name())
            .add("department", c.departmentCode() == null ? "" : c.departmentCode())
            .add("detail", detail)
            .build()
            .toString();
    audit.record(t, actor, role, "complaint", c.id().toString(), "complaint." + kind, summary);
    outbox.publish(t, "supervision.complaint-" + kind, "complaint", c.id().toString(), summary);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
