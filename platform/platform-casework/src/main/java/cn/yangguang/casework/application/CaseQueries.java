package cn.yangguang.casework.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.casework.domain.Applicant;
import cn.yangguang.casework.domain.CaseEvent;
import cn.yangguang.casework.domain.CaseFile;
import cn.yangguang.casework.domain.CaseNotFoundException;
import cn.yangguang.casework.domain.CaseRepository;
import cn.yangguang.casework.domain.CaseStatus;
import cn.yangguang.casework.domain.WorkItem;
import cn.yangguang.casework.domain.WorkItemRepository;
import cn.yangguang.kernel.audit.AuditTrail;
import cn.yangguang.kernel.clock.domain.Clock;
import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What staff, applicants and the public read about cases. Applicants' ID numbers and phones leave
 * this class masked; the full values only through {@link #unmasked}, which is audited.
 */
@ApplicationScoped
public class CaseQueries {

  /** Failed lookups allowed per client and window before it must wait. */
  static final int LOOKUP_FAILURES_ALLOWED = 10;

  /** The window failed lookups are counted in. */
  static final Duration LOOKUP_WINDOW = Duration.ofMinutes(15);

  @Inject TenantTransactions transactions;
  @Inject CaseRepository cases;
  @Inject WorkItemRepository workItems;
  @Inject CaseClocks clocks;
  @Inject CaseIntake intake;
  @Inject AuditTrail audit;
  @Inject ContainerResources resources;
  @Inject PlatformClock clock;

  /** A clock as pages show it. */
  public record ClockView(String step, String level, String status, Instant dueAt) {}

  /** Everything staff see of one case (applicant masked). */
  public record CaseDetail(
      CaseFile caseFile,
      Applicant applicant,
      List<CaseRepository.Material> materials,
      List<CaseEvent> events,
      List<WorkItem> workItems,
      List<ClockView> clocks) {}

  /** What the public lookup shows: no personal data but a masked name. */
  public record PublicProgress(
      String number,
      String itemName,
      String applicantName,
      CaseStatus status,
      List<CaseEvent> events) {}

  /** The outcome of a public lookup. */
  public sealed interface Lookup {
    record Found(PublicProgress progress) implements Lookup {}

    record NotFound() implements Lookup {}

    record TooManyAttempts(Duration retryAfter) implements Lookup {}
  }

  /** A notice sent about a case. */
  public record Notice(UUID caseId, String channel, String recipient, String text, Instant at) {}

  /** One case for staff. */
  public CaseDetail detail(TenantRef t, UUID caseId) {
    return transactions.call(
        t,
        () -> {
          CaseFile c =
              cases.find(caseId).orElseThrow(() -> new CaseNotFoundException("case " + caseId));
          List<ClockView> cv = new java.util.ArrayList<>();
          clockView(t, "acceptance", c.acceptanceClockId()).ifPresent(cv::add);
          clockView(t, "decision", c.decisionClockId()).ifPresent(cv::add);
          List<WorkItem> items = workItems.byCase(caseId);
          for (WorkItem w : items) {
            if (!"accept".equals(w.step())) {
              clockView(t, w.step(), w.clockId()).ifPresent(cv::add);
            }
          }
          return new CaseDetail(
              c, c.applicant().masked(), cases.materials(caseId), cases.events(caseId), items, cv);
        });
  }

  /**
   * The applicant's full ID number and phone, for staff whose duty needs them; the read is in the
   * audit trail with its reason.
   */
  public Applicant unmasked(TenantRef t, UUID caseId, String actor, String reason) {
    if (reason == null || reason.isBlank()) {
      throw cn.yangguang.casework.domain.CaseRejectedException.invalid(
          "reason", "must say why the full values are needed");
    }
    return transactions.call(
        t,
        () -> {
          CaseFile c =
              cases.find(caseId).orElseThrow(() -> new CaseNotFoundException("case " + caseId));
          audit.record(
              t,
              actor,
              null,
              "case",
              caseId.toString(),
              "case.unmask",
              jakarta.json.Json.createObjectBuilder()
                  .add("fields", "idNumber,phone")
                  .add("reason", reason.strip())
                  .build()
                  .toString());
          return c.applicant();
        });
  }

  /** The open work of the given posts, most urgent first. */
  public List<WorkItemRepository.InboxEntry> inbox(
      TenantRef t, StaffActor actor, int limit, int offset) {
    if (actor.posts().isEmpty()) {
      return List.of();
    }
    return transactions.call(t, () -> workItems.inbox(actor.posts(), limit, offset));
  }

  /** How many open items the actor's posts hold. */
  public int inboxSize(TenantRef t, StaffActor actor) {
    return actor.posts().isEmpty()
        ? 0
        : transactions.call(t, () -> workItems.countOpen(actor.posts()));
  }

  /** The county's recent cases, optionally of one status. */
  public List<CaseFile> recent(TenantRef t, CaseStatus status, int limit) {
    return transactions.call(t, () -> cases.list(status, limit));
  }

  /** A signed-in applicant's own cases. */
  public List<CaseFile> mine(TenantRef t, UUID userId) {
    return transactions.call(t, () -> cases.byApplicant(userId, 100));
  }

  /** One of a signed-in applicant's own cases, with its history; empty for anyone else's. */
  public Optional<PublicProgress> mine(TenantRef t, UUID userId, UUID caseId) {
    return transactions.call(
        t,
        () ->
            cases
                .find(caseId)
                .filter(c -> userId.equals(c.applicantUserId()))
                .map(c -> progress(c)));
  }

  /** The in-app messages of a signed-in applicant. */
  public List<Notice> messages(TenantRef t, UUID userId) {
    return notices(t, "INAPP", userId.toString(), 50);
  }

  /** The recorded SMS of the county (the development gateway's outbox), newest first. */
  public List<Notice> sms(TenantRef t, int limit) {
    return notices(t, "SMS", null, limit);
  }

  /**
   * The public lookup by case number and query code, without signing in. A client (by its address,
   * hashed) that fails too often in a window must wait: guessing codes is slowed on every node,
   * because the count is in the database.
   */
  public Lookup lookup(TenantRef t, String number, String code, String client) {
    String clientKey = CaseIntake.sha256("lookup:" + client);
    return transactions.call(
        t,
        () -> {
          Instant now = clock.now();
          long window = LOOKUP_WINDOW.toSeconds();
          Instant windowStart = Instant.ofEpochSecond(now.getEpochSecond() / window * window);
          if (cases.lookupFailures(clientKey, windowStart) >= LOOKUP_FAILURES_ALLOWED) {
            return new Lookup.TooManyAttempts(
                Duration.between(now, windowStart.plus(LOOKUP_WINDOW)));
          }
          Optional<CaseFile> c =
              number == null ? Optional.empty() : cases.findByNumber(number.strip());
          boolean ok =
              c.isPresent()
                  && code != null
                  && MessageDigest.isEqual(
                      intake.queryCode(t, c.get().id()).getBytes(StandardCharsets.US_ASCII),
                      code.strip().getBytes(StandardCharsets.US_ASCII));
          if (!ok) {
            cases.countLookupFailure(clientKey, windowStart);
            return new Lookup.NotFound();
          }
          return new Lookup.Found(progress(c.get()));
        });
  }

  private PublicProgress progress(CaseFile c) {
    return new PublicProgress(
        c.number(), c.itemName(), c.applicant().publicName(), c.status(), cases.events(c.id()));
  }

  private Optional<ClockView> clockView(TenantRef t, String step, UUID clockId) {
    return clocks.find(t, clockId).map(k -> view(step, k));
  }

  private static ClockView view(String step, Clock k) {
    var s = k.snapshot();
    return new ClockView(
        step,
        s.level().name(),
        s.status().name(),
        s.thresholds() == null ? null : s.thresholds().dueAt());
  }

  private List<Notice> notices(TenantRef t, String channel, String recipient, int limit) {
    return transactions.call(
        t,
        () -> {
          String sql =
              "SELECT case_id, channel, recipient, text, created_at FROM yg.case_notification WHERE channel = ?"
                  + (recipient == null ? "" : " AND recipient = ?")
                  + " ORDER BY created_at DESC LIMIT "
                  + limit;
          try (var conn = resources.appDataSource().getConnection();
              var ps = conn.prepareStatement(sql)) {
            ps.setString(1, channel);
            if (recipient != null) {
              ps.setString(2, recipient);
            }
            try (var rs = ps.executeQuery()) {
              List<Notice> out = new java.util.ArrayList<>();
              while (rs.next()) {
                out.add(
                    new Notice(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()));
              }
              return out;
            }
          }
        });
  }
}
