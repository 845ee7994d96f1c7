package cn.yangguang.disclosure.request.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.disclosure.request.domain.WorkingDays;
import cn.yangguang.kernel.calendar.application.TenantCalendars;
import cn.yangguang.kernel.calendar.domain.TimeUnit;
import cn.yangguang.kernel.clock.application.ClockService;
import cn.yangguang.kernel.clock.domain.Clock;
import cn.yangguang.kernel.clock.domain.ClockStatus;
import cn.yangguang.kernel.tenancy.application.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * The clocks of a request, kept by the kernel's clock service on the county's working-day calendar
 * (ADR 0040): the answer period (20 working days from receipt; restarted when a supplement arrives;
 * paused while a consultation is open or a fee is unpaid, so those days are not counted; extended
 * once by 20), and the periods the applicant or a third party has (the supplement period, 20
 * working days to pay, 15 for a third party's opinion), whose end the sweep reports as OVERDUE.
 */
@ApplicationScoped
public class RequestClocks {

  /** The regime whose warning thresholds apply (yg.clock_policy). */
  static final String REGIME = "DISCLOSURE";

  /** The subject type of a request's clocks. */
  public static final String SUBJECT = "disclosure-request";

  /** The subject type of a consultation's clock. */
  public static final String CONSULTATION = "disclosure-consultation";

  @Inject ClockService clocks;
  @Inject TenantCalendars calendars;
  @Inject TenantDirectory directory;

  /** Starts the answer clock: counting from the day after {@code from}. */
  UUID startAnswer(TenantRef t, UUID requestId, LocalDate from, int days, String actor) {
    return start(t, SUBJECT, requestId, "answer", from, days, actor);
  }

  /** Starts a period of working days from today (supplement, fee payment, consultation). */
  UUID startPeriod(
      TenantRef t, String subjectType, UUID id, String step, LocalDate from, int days, String a) {
    return start(t, subjectType, id, step, from, days, a);
  }

  void pause(TenantRef t, UUID clockId, String reason, String actor) {
    if (state(t, clockId) == ClockStatus.RUNNING) {
      clocks.pause(t, clockId, reason, actor);
    }
  }

  void resume(TenantRef t, UUID clockId, String actor) {
    if (state(t, clockId) == ClockStatus.PAUSED) {
      clocks.resume(t, clockId, actor);
    }
  }

  void restart(TenantRef t, UUID clockId, String reason, String actor) {
    clocks.restart(t, clockId, reason, actor);
  }

  void extend(TenantRef t, UUID clockId, int days, String reason, String actor) {
    clocks.extend(t, clockId, days, reason, actor);
  }

  /** Stops a clock as met (nothing when it already stopped). */
  void complete(TenantRef t, UUID clockId, String actor) {
    ClockStatus s = state(t, clockId);
    if (s == ClockStatus.RUNNING || s == ClockStatus.PAUSED) {
      clocks.complete(t, clockId, actor);
    }
  }

  /** Stops a clock that no longer applies. */
  void cancel(TenantRef t, UUID clockId, String reason, String actor) {
    ClockStatus s = state(t, clockId);
    if (s == ClockStatus.RUNNING || s == ClockStatus.PAUSED) {
      clocks.cancel(t, clockId, reason, actor);
    }
  }

  /** A clock, for pages. */
  public Optional<Clock> find(TenantRef t, UUID clockId) {
    return clockId == null ? Optional.empty() : clocks.find(t, clockId);
  }

  /** The county's working days. */
  WorkingDays workingDays(TenantRef t) {
    var calc = calendars.calculator(t, zone(t), directory.bySlug(t.slug()).orElseThrow().hours());
    return (day, n) -> calc.nthDay(day.plusDays(1), n, TimeUnit.WORKING_DAYS).date();
  }

  ZoneId zone(TenantRef t) {
    return directory.bySlug(t.slug()).map(r -> r.zone()).orElse(ZoneId.of("Asia/Shanghai"));
  }

  private UUID start(
      TenantRef t, String type, UUID id, String step, LocalDate from, int days, String actor) {
    return clocks
        .start(
            t,
            new Clock.Subject(type, id.toString(), step),
            REGIME,
            TimeUnit.WORKING_DAYS,
            days,
            from.atStartOfDay(zone(t)).toInstant(),
            actor)
        .id();
  }

  private ClockStatus state(TenantRef t, UUID clockId) {
    return clockId == null ? null : clocks.find(t, clockId).map(Clock::status).orElse(null);
  }
}
