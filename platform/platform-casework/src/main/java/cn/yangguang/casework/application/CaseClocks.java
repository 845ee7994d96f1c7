package cn.yangguang.casework.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.catalogue.domain.ItemFields;
import cn.yangguang.kernel.calendar.domain.TimeUnit;
import cn.yangguang.kernel.clock.application.ClockService;
import cn.yangguang.kernel.clock.domain.Clock;
import cn.yangguang.kernel.clock.domain.ClockStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;

/**
 * The statutory clocks of a case, kept by the kernel's clock service on the working-day calendar:
 * the acceptance period (5 working days from receipt, Licensing Law Art. 32), the decision limit
 * (from acceptance; the item's promised limit, or the statutory one when no promise is made), and a
 * clock per step. ADR 0023.
 */
@ApplicationScoped
public class CaseClocks {

  /** The regime whose warning thresholds apply (yg.clock_policy). */
  static final String REGIME = "LICENSING";

  /** Working days to accept, refuse or send the supplement notice. */
  static final int ACCEPTANCE_DAYS = 5;

  /** Working days to deliver the result after the decision (Art. 44). */
  static final int DELIVERY_DAYS = 10;

  @Inject ClockService clocks;

  /** Starts the acceptance period at receipt. */
  public UUID startAcceptance(TenantRef t, UUID caseId, Instant receipt, String actor) {
    return clocks
        .start(
            t,
            subject(caseId, "acceptance"),
            REGIME,
            TimeUnit.WORKING_DAYS,
            ACCEPTANCE_DAYS,
            receipt,
            actor)
        .id();
  }

  /**
   * Starts the decision clock at acceptance; null when the item is decided on the spot (a limit of
   * zero).
   */
  public UUID startDecision(
      TenantRef t, UUID caseId, ItemFields item, Instant accepted, String actor) {
    ItemFields.Limit limit = decisionLimit(item);
    if (limit == null || limit.amount() <= 0) {
      return null;
    }
    return clocks
        .start(
            t,
            subject(caseId, "decision"),
            REGIME,
            unit(limit.unit()),
            limit.amount(),
            accepted,
            actor)
        .id();
  }

  /**
   * Starts a step's clock: its share of the decision limit (review 40 %, approval 30 %, at least
   * one working day), 10 working days for delivery, one for forwarding from a township.
   */
  public UUID startStep(
      TenantRef t, UUID caseId, String step, ItemFields item, Instant at, String actor) {
    ItemFields.Limit limit = decisionLimit(item);
    int total = limit == null ? 0 : limit.amount();
    int days =
        switch (step) {
          case "review", "branch" -> Math.max(1, (int) Math.ceil(total * 0.4));
          case "approve" -> Math.max(1, (int) Math.ceil(total * 0.3));
          case "deliver" -> DELIVERY_DAYS;
          case "forward" -> 1;
          default -> 0;
        };
    if (days == 0) {
      return null;
    }
    return clocks
        .start(t, subject(caseId, step), REGIME, TimeUnit.WORKING_DAYS, days, at, actor)
        .id();
  }

  /** Whether the clock's deadline is behind {@code now}. */
  public boolean passed(TenantRef t, UUID clockId, Instant now) {
    if (clockId == null) {
      return false;
    }
    return clocks
        .find(t, clockId)
        .map(
            c ->
                c.snapshot().thresholds() != null
                    && !now.isBefore(c.snapshot().thresholds().dueAt()))
        .orElse(false);
  }

  /** Stops a running (or paused) clock as met; nothing when it already stopped. */
  public void complete(TenantRef t, UUID clockId, String actor) {
    if (clockId != null && running(t, clockId)) {
      clocks.complete(t, clockId, actor);
    }
  }

  /** Stops a running clock without meeting it (the case left this stage another way). */
  public void cancel(TenantRef t, UUID clockId, String reason, String actor) {
    if (clockId != null && running(t, clockId)) {
      clocks.cancel(t, clockId, reason, actor);
    }
  }

  public void pause(TenantRef t, UUID clockId, String reason, String actor) {
    if (clockId != null) {
      clocks.pause(t, clockId, reason, actor);
    }
  }

  public void resume(TenantRef t, UUID clockId, String actor) {
    if (clockId != null) {
      clocks.resume(t, clockId, actor);
    }
  }

  /** Adds an approved extension of {@code days} working days to a running or paused clock. */
  public void extend(TenantRef t, UUID clockId, int days, String reason, String actor) {
    clocks.extend(t, clockId, days, reason, actor);
  }

  /** Whether the clock already carries an approved extension. */
  public boolean extended(TenantRef t, UUID clockId) {
    return find(t, clockId).map(c -> c.snapshot().extension() > 0).orElse(false);
  }

  /** The clock's state, for pages. */
  public java.util.Optional<Clock> find(TenantRef t, UUID clockId) {
    return clockId == null ? java.util.Optional.empty() : clocks.find(t, clockId);
  }

  private boolean running(TenantRef t, UUID clockId) {
    return clocks
        .find(t, clockId)
        .map(c -> c.status() == ClockStatus.RUNNING || c.status() == ClockStatus.PAUSED)
        .orElse(false);
  }

  static ItemFields.Limit decisionLimit(ItemFields item) {
    if (item.promised() != null && item.promised().amount() > 0) {
      return item.promised();
    }
    return item.statutory();
  }

  static TimeUnit unit(String code) {
    if (code == null) {
      return TimeUnit.WORKING_DAYS;
    }
    try {
      return TimeUnit.valueOf(code);
    } catch (IllegalArgumentException e) {
      return TimeUnit.WORKING_DAYS;
    }
  }

  private static Clock.Subject subject(UUID caseId, String step) {
    return new Clock.Subject("case", caseId.toString(), step);
  }
}
