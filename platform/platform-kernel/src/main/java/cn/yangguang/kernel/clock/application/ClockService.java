package cn.yangguang.kernel.clock.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.kernel.audit.AuditTrail;
import cn.yangguang.kernel.calendar.application.CalendarRepository;
import cn.yangguang.kernel.calendar.domain.TimeUnit;
import cn.yangguang.kernel.calendar.domain.WorkingCalendar;
import cn.yangguang.kernel.calendar.domain.WorkingHours;
import cn.yangguang.kernel.clock.domain.Clock;
import cn.yangguang.kernel.clock.domain.ClockPolicy;
import cn.yangguang.kernel.clock.domain.ClockRepository;
import cn.yangguang.kernel.clock.domain.ClockRules;
import cn.yangguang.kernel.outbox.Outbox;
import cn.yangguang.kernel.tenancy.application.TenantDirectory;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Starts and changes clocks of one tenant. Each method runs in (or joins) the tenant's transaction
 * and records the change in the clock's history, the audit trail and the outbox, all or nothing.
 */
@ApplicationScoped
public class ClockService {

  @Inject TenantTransactions transactions;
  @Inject ClockRepository clocks;
  @Inject CalendarRepository calendars;
  @Inject TenantDirectory directory;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;
  @Inject PlatformClock time;

  /** Starts a clock for a subject's step; the trigger is the event that starts it (e.g. 受理). */
  public Clock start(
      TenantRef tenant,
      Clock.Subject subject,
      String regime,
      TimeUnit unit,
      int limit,
      Instant trigger,
      String actor) {
    return transactions.call(
        tenant,
        () -> {
          ClockPolicy policy = clocks.policy(regime);
          Clock clock =
              Clock.start(
                  tenant.id(),
                  UUID.randomUUID(),
                  subject,
                  unit,
                  limit,
                  trigger,
                  rules(tenant),
                  policy,
                  time.now());
          clocks.add(clock);
          record(tenant, clock, new Clock.ClockChange("STARTED", null, clock.level(), null), actor);
          if (!clock.missingYears().isEmpty()) {
            clock
                .missingYears()
                .forEach(y -> calendars.recordMissingYear(tenant.provinceCode(), y));
          }
          return clock;
        });
  }

  /** Pauses a running clock. */
  public Clock pause(TenantRef tenant, UUID clockId, String reason, String actor) {
    return change(tenant, clockId, actor, (c, ctx) -> c.pause(ctx.now(), reason, ctx.rules()));
  }

  /** Resumes a paused clock. */
  public Clock resume(TenantRef tenant, UUID clockId, String actor) {
    return change(
        tenant, clockId, actor, (c, ctx) -> c.resume(ctx.now(), ctx.rules(), ctx.policy(c)));
  }

  /** Extends a clock by an approved number of units. */
  public Clock extend(TenantRef tenant, UUID clockId, int amount, String reason, String actor) {
    return change(
        tenant,
        clockId,
        actor,
        (c, ctx) -> c.extend(amount, reason, ctx.now(), ctx.rules(), ctx.policy(c)));
  }

  /** Restarts a clock from now (e.g. a supplement arrived). */
  public Clock restart(TenantRef tenant, UUID clockId, String reason, String actor) {
    return change(
        tenant,
        clockId,
        actor,
        (c, ctx) -> c.restart(ctx.now(), reason, ctx.rules(), ctx.policy(c)));
  }

  /** Completes a clock now. */
  public Clock complete(TenantRef tenant, UUID clockId, String actor) {
    return change(tenant, clockId, actor, (c, ctx) -> c.complete(ctx.now()));
  }

  /** Cancels a clock now. */
  public Clock cancel(TenantRef tenant, UUID clockId, String reason, String actor) {
    return change(tenant, clockId, actor, (c, ctx) -> c.cancel(ctx.now(), reason));
  }

  /** A clock of the tenant, or empty. */
  public java.util.Optional<Clock> find(TenantRef tenant, UUID clockId) {
    return transactions.call(tenant, () -> clocks.find(clockId));
  }

  /** A clock's history. */
  public List<ClockRepository.ClockEventView> history(TenantRef tenant, UUID clockId) {
    return transactions.call(tenant, () -> clocks.events(clockId));
  }

  /**
   * Recomputes every open clock of the tenant that a change to {@code year}'s schedule can move (a
   * year confirmed, corrected, or overridden by the county): provisional deadlines become final,
   * and deadlines counting across the year follow the corrected days. Each change is in the clock's
   * history and the audit trail. Returns how many clocks were recomputed.
   */
  public int recomputeForYear(TenantRef tenant, int year, String actor) {
    return transactions.call(
        tenant,
        () -> {
          Context ctx = new Context(rules(tenant), time.now());
          int n = 0;
          for (Clock c : clocks.lockAffectedBy(year)) {
            Clock.ClockChange change = c.recompute(ctx.rules(), ctx.policy(c), ctx.now());
            clocks.update(c);
            record(tenant, c, change, actor);
            n++;
          }
          return n;
        });
  }

  /**
   * Sets the county's own warning thresholds for a regime and re-evaluates its open clocks of that
   * regime (levels may change at once). Returns how many clocks were re-evaluated.
   */
  public int setPolicy(TenantRef tenant, ClockPolicy policy, String actor) {
    return transactions.call(
        tenant,
        () -> {
          ClockPolicy before = clocks.policy(policy.regime());
          clocks.savePolicy(tenant.id(), policy);
          audit.record(
              tenant,
              actor,
              null,
              "clock-policy",
              policy.regime(),
              "clock.policy",
              Json.createObjectBuilder()
                  .add("before", before.yellowPct() + "/" + before.redPct())
                  .add("after", policy.yellowPct() + "/" + policy.redPct())
                  .build()
                  .toString());
          Context ctx = new Context(rules(tenant), time.now());
          int n = 0;
          for (Clock c : clocks.lockOpen(policy.regime())) {
            Clock.ClockChange change = c.recompute(ctx.rules(), policy, ctx.now());
            clocks.update(c);
            record(tenant, c, change, actor);
            n++;
          }
          return n;
        });
  }

  private Clock change(
      TenantRef tenant,
      UUID clockId,
      String actor,
      BiFunction<Clock, Context, Clock.ClockChange> action) {
    return transactions.call(
        tenant,
        () -> {
          Clock clock =
              clocks
                  .lock(clockId)
                  .orElseThrow(() -> new NoSuchElementException("no clock " + clockId));
          Clock.ClockChange change = action.apply(clock, new Context(rules(tenant), time.now()));
          clocks.update(clock);
          record(tenant, clock, change, actor);
          return clocks.find(clockId).orElseThrow();
        });
  }

  private void record(TenantRef tenant, Clock clock, Clock.ClockChange change, String actor) {
    Instant now = time.now();
    String detail =
        Json.createObjectBuilder()
            .add("kind", change.kind())
            .add("levelBefore", change.before() == null ? "" : change.before().name())
            .add("levelAfter", change.after() == null ? "" : change.after().name())
            .add("status", clock.status().name())
            .add("deadline", String.valueOf(clock.deadlineDate()))
            .add("provisional", !clock.missingYears().isEmpty())
            .add("reason", change.reason() == null ? "" : change.reason())
            .build()
            .toString();
    clocks.recordEvent(clock.id(), change, actor, now, detail);
    audit.record(
        tenant,
        actor,
        null,
        "clock",
        clock.id().toString(),
        "clock." + change.kind().toLowerCase(),
        detail);
    outbox.publish(tenant, "clock.changed", "clock", clock.id().toString(), detail);
  }

  private ClockRules rules(TenantRef tenant) {
    var resolved = directory.bySlug(tenant.slug());
    ZoneId zone = resolved.map(t -> t.zone()).orElse(ZoneId.of("Asia/Shanghai"));
    WorkingHours hours = resolved.map(t -> t.hours()).orElse(WorkingHours.standard());
    return new ClockRules(new WorkingCalendar(calendars.confirmedYears()), zone, hours);
  }

  private final class Context {
    private final ClockRules rules;
    private final Instant now;

    Context(ClockRules rules, Instant now) {
      this.rules = rules;
      this.now = now;
    }

    ClockRules rules() {
      return rules;
    }

    Instant now() {
      return now;
    }

    ClockPolicy policy(Clock c) {
      return clocks.policy(c.snapshot().regime());
    }
  }
}
