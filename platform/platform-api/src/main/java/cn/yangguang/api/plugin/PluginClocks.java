package cn.yangguang.api.plugin;

import cn.yangguang.api.tenant.TenantRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The platform's deadline clocks, for a plugin's own subjects (a hotline ticket's sign-for and
 * handling limits). A clock counts on the county's working-day calendar (holidays and make-up days,
 * provisional for a year whose schedule is not yet confirmed), turns yellow and red at the county's
 * warning thresholds, and is swept by the platform like the core's clocks: supervision reads it,
 * and every change is in the clock's history, the audit trail and the outbox ({@code clock.*}). The
 * subject type of a plugin's clock is the plugin's id.
 *
 * <p><b>Lifecycle.</b> Available from the plugin's start. <b>Threading.</b> Thread-safe. Each call
 * runs in (or joins) the county's transaction: inside a plugin route or {@link PluginData#inTenant}
 * the clock commits or rolls back with the caller's work. <b>Nulls.</b> Arguments are never null
 * unless stated; no method returns null. <b>Errors.</b> {@link IllegalArgumentException} for a
 * negative limit or an unknown clock, {@link IllegalStateException} for a change the clock's state
 * does not allow (extending a completed clock) or when called inside another county's transaction.
 *
 * @since 1.1
 */
public interface PluginClocks {

  /**
   * Starts a clock.
   *
   * @param tenant the county
   * @param subjectId the plugin's subject (e.g. a ticket's id)
   * @param step the step the clock measures, e.g. {@code sign-for}, {@code handling}
   * @param unit how the limit counts
   * @param limit the limit in units, at least 0
   * @param trigger the event that starts it (day units count from the next day)
   * @param actor who started it (a user name, or {@code system:<job>})
   * @return the clock as it stands
   */
  ClockView start(
      TenantRef tenant,
      String subjectId,
      String step,
      Unit unit,
      int limit,
      Instant trigger,
      String actor);

  /** Extends a running or paused clock by an approved number of units, with the reason. */
  ClockView extend(TenantRef tenant, UUID clockId, int amount, String reason, String actor);

  /** Completes a clock now: {@link ClockView#onTime()} then says whether before its deadline. */
  ClockView complete(TenantRef tenant, UUID clockId, String actor);

  /** Cancels a clock now (the subject ended otherwise: merged, returned, transferred). */
  ClockView cancel(TenantRef tenant, UUID clockId, String reason, String actor);

  /** One of the county's clocks of this plugin, evaluated now; empty when there is none. */
  Optional<ClockView> find(TenantRef tenant, UUID clockId);

  /** How a limit counts. */
  enum Unit {
    /** Working days of the county's calendar, from the day after the trigger. */
    WORKING_DAYS,
    /** Calendar days; a last day that is not a working day moves to the next working day. */
    NATURAL_DAYS,
    /** Hours of wall-clock time. */
    HOURS,
    /** Hours counted only inside the working hours of working days. */
    WORKING_HOURS
  }

  /** The platform's warning levels, in the order a running clock passes through them. */
  enum Level {
    /** Within the normal part of the limit. */
    GREEN,
    /** Past the county's yellow threshold. */
    YELLOW,
    /** Past the red threshold: about to be overdue. */
    RED,
    /** Past the deadline. */
    OVERDUE
  }

  /**
   * A clock as it stands.
   *
   * @param id its id: keep it with the subject
   * @param step the step it measures
   * @param status {@code RUNNING}, {@code PAUSED}, {@code COMPLETED} or {@code CANCELLED}
   * @param level the warning level now (for a completed clock: when it was completed)
   * @param dueAt the instant it becomes overdue
   * @param deadlineDate the last day (day units) or the date of the deadline (hours)
   * @param provisional whether the deadline relies on a year without a confirmed calendar
   * @param onTime for a completed clock, whether before the deadline; otherwise empty
   */
  record ClockView(
      UUID id,
      String step,
      String status,
      Level level,
      Instant dueAt,
      LocalDate deadlineDate,
      boolean provisional,
      Optional<Boolean> onTime) {
    /** Checks that nothing is null. */
    public ClockView {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(step, "step");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(dueAt, "dueAt");
      Objects.requireNonNull(deadlineDate, "deadlineDate");
      Objects.requireNonNull(onTime, "onTime");
    }
  }
}
