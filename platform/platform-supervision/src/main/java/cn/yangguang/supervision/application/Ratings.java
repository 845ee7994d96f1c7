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
import cn.yangguang.kernel.tenancy.domain.TenantStructure;
import cn.yangguang.supervision.domain.CaseObservations;
import cn.yangguang.supervision.domain.RatableCase;
import cn.yangguang.supervision.domain.Rating;
import cn.yangguang.supervision.domain.RatingRepository;
import cn.yangguang.supervision.domain.SupervisionRejectedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Ratings (好差评, ADR 0053): an applicant rates her served case once, anyone signed in rates a window
 * visit; a bad rating starts a follow-up clock and waits for the supervisors, who record the
 * rectification. Statistics per department are public.
 */
@ApplicationScoped
public class Ratings {

  @Inject TenantTransactions transactions;
  @Inject RatingRepository ratings;
  @Inject CaseObservations cases;
  @Inject ClockService clocks;
  @Inject TenantStructureService structure;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;
  @Inject PlatformClock clock;

  /** A rating with its follow-up clock (null unless bad). */
  public record RatingView(Rating rating, ClockView clock) {}

  /**
   * The public statistics of one department (or of the county: code null).
   *
   * @param levels counts of levels 1 to 5
   * @param satisfaction the share of 4 and 5, or null without ratings
   */
  public record Statistics(
      String departmentCode,
      String departmentName,
      int count,
      List<Integer> levels,
      Double average,
      Double satisfaction) {}

  /** The applicant rates her case after service; once per case. */
  public RatingView rateCase(
      TenantRef t, UUID userId, String username, UUID caseId, int level, String comment) {
    Rating.validate(level, comment);
    return transactions.call(
        t,
        () -> {
          RatableCase c =
              cases
                  .ratable(caseId)
                  .filter(x -> userId.equals(x.applicantUserId()))
                  .orElseThrow(
                      () -> SupervisionRejectedException.notFound("case of yours " + caseId));
          if (!c.served()) {
            throw SupervisionRejectedException.conflict(
                "case " + c.caseNumber() + " can be rated once it is completed");
          }
          return add(
              t,
              c.caseId(),
              c.caseNumber(),
              c.departmentCode(),
              c.windowCode(),
              level,
              comment,
              userId,
              username,
              null);
        });
  }

  /** A window visit rated by a signed-in person. */
  public RatingView rateWindow(
      TenantRef t, UUID userId, String username, String windowCode, int level, String comment) {
    Rating.validate(level, comment);
    String department =
        structure.structure(t).departments().stream()
            .filter(d -> d.posts().stream().anyMatch(p -> p.code().equals(windowCode)))
            .map(TenantStructure.DepartmentView::code)
            .findFirst()
            .orElseThrow(
                () ->
                    SupervisionRejectedException.invalid(
                        "window", "is not a window of the county"));
    return transactions.call(
        t,
        () -> add(t, null, null, department, windowCode, level, comment, userId, username, null));
  }

  /** A window rating as of {@code at}, for seeded demo records. */
  RatingView seedWindow(
      TenantRef t, String department, String window, int level, String comment, Instant at) {
    return transactions.call(
        t,
        () ->
            add(
                t,
                null,
                null,
                department,
                window,
                level,
                comment,
                null,
                SupervisionDemo.ACTOR,
                at));
  }

  /** A supervisor records how a bad rating was rectified (its clock stops). */
  public RatingView followUp(TenantRef t, UUID id, String note, String actor) {
    String what = SupervisionRejectedException.text("note", note, 2000);
    return transactions.call(
        t,
        () -> {
          Rating r =
              ratings
                  .find(id)
                  .orElseThrow(() -> SupervisionRejectedException.notFound("rating " + id));
          if (!ratings.followUp(id, what, actor, clock.now())) {
            throw SupervisionRejectedException.conflict("the rating has no pending follow-up");
          }
          if (r.followUpClockId() != null) {
            clocks
                .find(t, r.followUpClockId())
                .filter(k -> k.status() == ClockStatus.RUNNING || k.status() == ClockStatus.PAUSED)
                .ifPresent(k -> clocks.complete(t, k.id(), actor));
          }
          journal(t, r, "rectified", actor, "supervisor");
          return view(t, ratings.find(id).orElseThrow());
        });
  }

  public List<RatingView> list(TenantRef t, Rating.FollowUp followUp, int limit) {
    return transactions.call(
        t, () -> ratings.list(followUp, limit).stream().map(r -> view(t, r)).toList());
  }

  /** The county's statistics first, then each rated department's. */
  public List<Statistics> statistics(TenantRef t) {
    Map<String, int[]> byDepartment = transactions.call(t, ratings::levelsByDepartment);
    TenantStructure s = structure.structure(t);
    int[] all = new int[5];
    List<Statistics> rows = new ArrayList<>();
    byDepartment.forEach(
        (code, levels) -> {
          for (int i = 0; i < 5; i++) {
            all[i] += levels[i];
          }
          String name =
              s.departments().stream()
                  .filter(d -> d.code().equals(code))
                  .map(TenantStructure.DepartmentView::nameZh)
                  .findFirst()
                  .orElse(code);
          rows.add(statistics(code, name, levels));
        });
    List<Statistics> out = new ArrayList<>();
    out.add(statistics(null, null, all));
    out.addAll(rows);
    return out;
  }

  static Statistics statistics(String code, String name, int[] levels) {
    int count = 0;
    int sum = 0;
    int satisfied = 0;
    List<Integer> list = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      count += levels[i];
      sum += levels[i] * (i + 1);
      if (i >= 3) {
        satisfied += levels[i];
      }
      list.add(levels[i]);
    }
    return new Statistics(
        code,
        name,
        count,
        list,
        count == 0 ? null : (double) sum / count,
        count == 0 ? null : (double) satisfied / count);
  }

  private RatingView add(
      TenantRef t,
      UUID caseId,
      String caseNumber,
      String department,
      String window,
      int level,
      String comment,
      UUID userId,
      String username,
      Instant at) {
    Instant now = at == null ? clock.now() : at;
    UUID id = UUID.randomUUID();
    Clock k = null;
    if (Rating.bad(level)) {
      k =
          clocks.start(
              t,
              new Clock.Subject("rating", id.toString(), "follow-up"),
              SupervisionOrders.REGIME,
              TimeUnit.WORKING_DAYS,
              Rating.FOLLOW_UP_DAYS,
              now,
              "system:ratings");
    }
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    Rating r =
        new Rating(
            id,
            caseId,
            caseNumber,
            department,
            window,
            level,
            text,
            userId,
            now,
            k == null ? Rating.FollowUp.NONE : Rating.FollowUp.PENDING,
            k == null ? null : k.id(),
            null,
            null,
            null);
    if (!ratings.add(r)) {
      throw SupervisionRejectedException.conflict("case " + caseNumber + " was already rated");
    }
    journal(t, r, "rated", username, null);
    return new RatingView(r, ClockView.of(k));
  }

  private RatingView view(TenantRef t, Rating r) {
    return new RatingView(
        r,
        r.followUpClockId() == null
            ? null
            : ClockView.of(clocks.find(t, r.followUpClockId()).orElse(null)));
  }

  private void journal(TenantRef t, Rating r, String kind, String actor, String role) {
    String summary =
        Json.createObjectBuilder()
            .add("level", r.level())
            .add("department", r.departmentCode())
            .add("case", r.caseNumber() == null ? "" : r.caseNumber())
            .build()
            .toString();
    audit.record(t, actor, role, "rating", r.id().toString(), "rating." + kind, summary);
    outbox.publish(t, "supervision.rating-" + kind, "rating", r.id().toString(), summary);
  }
}
