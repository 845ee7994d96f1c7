package cn.yangguang.kernel.clock.domain;

import cn.yangguang.kernel.calendar.domain.TimeUnit;
import cn.yangguang.kernel.clock.domain.ClockRules.Thresholds;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One statutory clock. Behaviour lives here; every change returns a {@link ClockChange} that the
 * application service records (clock event, audit entry, outbox event) in the same transaction.
 *
 * <p>Not thread-safe: load, change and save within one tenant transaction.
 */
public final class Clock {

  private final UUID tenantId;
  private final UUID id;
  private final String subjectType;
  private final String subjectId;
  private final String step;
  private final String regime;
  private final TimeUnit unit;
  private final int limit;
  private final Instant triggeredAt;
  private int extension;
  private Instant anchorAt;
  private long consumed;
  private ClockStatus status;
  private ClockLevel level;
  private Thresholds thresholds;
  private Instant nextTransitionAt;
  private Instant pausedAt;
  private String pauseReason;
  private Instant completedAt;
  private Boolean onTime;
  private int version;

  /** Rebuilds a stored clock (repositories only). */
  public Clock(Snapshot s) {
    this.tenantId = s.tenantId();
    this.id = s.id();
    this.subjectType = s.subjectType();
    this.subjectId = s.subjectId();
    this.step = s.step();
    this.regime = s.regime();
    this.unit = s.unit();
    this.limit = s.limit();
    this.triggeredAt = s.triggeredAt();
    this.extension = s.extension();
    this.anchorAt = s.anchorAt();
    this.consumed = s.consumed();
    this.status = s.status();
    this.level = s.level();
    this.thresholds = s.thresholds();
    this.nextTransitionAt = s.nextTransitionAt();
    this.pausedAt = s.pausedAt();
    this.pauseReason = s.pauseReason();
    this.completedAt = s.completedAt();
    this.onTime = s.onTime();
    this.version = s.version();
  }

  /**
   * Starts a clock at its trigger (the day after it, for day units) and evaluates it at {@code
   * now}.
   */
  public static Clock start(
      UUID tenantId,
      UUID id,
      Subject subject,
      TimeUnit unit,
      int limit,
      Instant trigger,
      ClockRules rules,
      ClockPolicy policy,
      Instant now) {
    if (limit < 0) {
      throw new IllegalArgumentException("a limit is never negative");
    }
    Clock c =
        new Clock(
            new Snapshot(
                tenantId,
                id,
                subject.type(),
                subject.id(),
                subject.step(),
                policy.regime(),
                unit,
                limit,
                trigger,
                0,
                rules.anchorAfter(trigger, unit),
                0,
                ClockStatus.RUNNING,
                ClockLevel.GREEN,
                null,
                null,
                null,
                null,
                null,
                null,
                0));
    c.evaluate(rules, policy, now);
    return c;
  }

  /** Stops counting (special procedure, consultation, payment); the level stays as it is. */
  public ClockChange pause(Instant at, String reason, ClockRules rules) {
    requireStatus(ClockStatus.RUNNING, "pause");
    consumed += rules.consumedUntil(anchorAt, at, unit);
    status = ClockStatus.PAUSED;
    pausedAt = at;
    pauseReason = reason;
    nextTransitionAt = null;
    return new ClockChange("PAUSED", level, level, reason);
  }

  /** Counts again from the resume (the day after it, for day units). */
  public ClockChange resume(Instant at, ClockRules rules, ClockPolicy policy) {
    requireStatus(ClockStatus.PAUSED, "resume");
    ClockLevel before = level;
    anchorAt = rules.anchorAfter(at, unit);
    status = ClockStatus.RUNNING;
    pausedAt = null;
    pauseReason = null;
    evaluate(rules, policy, at);
    return new ClockChange("RESUMED", before, level, null);
  }

  /** Adds an approved extension of {@code amount} units. */
  public ClockChange extend(
      int amount, String reason, Instant at, ClockRules rules, ClockPolicy policy) {
    if (amount <= 0) {
      throw new IllegalArgumentException("an extension adds at least one unit");
    }
    if (status != ClockStatus.RUNNING && status != ClockStatus.PAUSED) {
      throw new IllegalStateException("a " + status + " clock cannot be extended");
    }
    ClockLevel before = level;
    extension += amount;
    if (status == ClockStatus.RUNNING) {
      evaluate(rules, policy, at);
    } else {
      thresholds = rules.thresholds(anchorAt, consumed, total(), unit, policy);
    }
    return new ClockChange("EXTENDED", before, level, reason);
  }

  /**
   * Starts counting afresh from the trigger (e.g. a supplemented disclosure request): all used time
   * is forgotten.
   */
  public ClockChange restart(Instant at, String reason, ClockRules rules, ClockPolicy policy) {
    if (status == ClockStatus.COMPLETED || status == ClockStatus.CANCELLED) {
      throw new IllegalStateException("a " + status + " clock cannot restart");
    }
    ClockLevel before = level;
    consumed = 0;
    extension = 0;
    anchorAt = rules.anchorAfter(at, unit);
    status = ClockStatus.RUNNING;
    pausedAt = null;
    pauseReason = null;
    evaluate(rules, policy, at);
    return new ClockChange("RESTARTED", before, level, reason);
  }

  /** The step was done at {@code at}. */
  public ClockChange complete(Instant at) {
    if (status == ClockStatus.COMPLETED || status == ClockStatus.CANCELLED) {
      throw new IllegalStateException("the clock is already " + status);
    }
    status = ClockStatus.COMPLETED;
    completedAt = at;
    onTime = at.isBefore(thresholds.dueAt());
    nextTransitionAt = null;
    return new ClockChange("COMPLETED", level, level, onTime ? "on time" : "overdue");
  }

  /** The subject ended otherwise. */
  public ClockChange cancel(Instant at, String reason) {
    if (status == ClockStatus.COMPLETED || status == ClockStatus.CANCELLED) {
      throw new IllegalStateException("the clock is already " + status);
    }
    status = ClockStatus.CANCELLED;
    completedAt = at;
    nextTransitionAt = null;
    return new ClockChange("CANCELLED", level, level, reason);
  }

  /**
   * Recomputes the thresholds (a calendar year was confirmed or corrected) and the level at {@code
   * now}.
   */
  public ClockChange recompute(ClockRules rules, ClockPolicy policy, Instant now) {
    ClockLevel before = level;
    SortedSet<Integer> missingBefore = missingYears();
    if (status == ClockStatus.RUNNING) {
      evaluate(rules, policy, now);
    } else if (status == ClockStatus.PAUSED) {
      thresholds = rules.thresholds(anchorAt, consumed, total(), unit, policy);
    }
    return new ClockChange(
        "RECOMPUTED", before, level, "missing years " + missingBefore + " -> " + missingYears());
  }

  private void evaluate(ClockRules rules, ClockPolicy policy, Instant now) {
    thresholds = rules.thresholds(anchorAt, consumed, total(), unit, policy);
    level = thresholds.levelAt(now);
    nextTransitionAt = thresholds.nextTransitionAfter(now);
  }

  private void requireStatus(ClockStatus expected, String action) {
    if (status != expected) {
      throw new IllegalStateException("a " + status + " clock cannot " + action);
    }
  }

  private long total() {
    return (long) limit + extension;
  }

  /** Years without a confirmed schedule that the thresholds needed (empty: final). */
  public SortedSet<Integer> missingYears() {
    return thresholds == null ? new TreeSet<>() : new TreeSet<>(thresholds.missingYears());
  }

  /** The state, for saving. */
  public Snapshot snapshot() {
    return new Snapshot(
        tenantId,
        id,
        subjectType,
        subjectId,
        step,
        regime,
        unit,
        limit,
        triggeredAt,
        extension,
        anchorAt,
        consumed,
        status,
        level,
        thresholds,
        nextTransitionAt,
        pausedAt,
        pauseReason,
        completedAt,
        onTime,
        version);
  }

  public UUID id() {
    return id;
  }

  public ClockLevel level() {
    return level;
  }

  public ClockStatus status() {
    return status;
  }

  public LocalDate deadlineDate() {
    return thresholds.deadlineDate();
  }

  /** What a clock measures: a subject (a case, a request, a ticket) and the step of it. */
  public record Subject(String type, String id, String step) {}

  /** A change to record: its kind, the level before and after, and why. */
  public record ClockChange(String kind, ClockLevel before, ClockLevel after, String reason) {}

  /** The stored state of a clock. */
  public record Snapshot(
      UUID tenantId,
      UUID id,
      String subjectType,
      String subjectId,
      String step,
      String regime,
      TimeUnit unit,
      int limit,
      Instant triggeredAt,
      int extension,
      Instant anchorAt,
      long consumed,
      ClockStatus status,
      ClockLevel level,
      Thresholds thresholds,
      Instant nextTransitionAt,
      Instant pausedAt,
      String pauseReason,
      Instant completedAt,
      Boolean onTime,
      int version) {}
}
