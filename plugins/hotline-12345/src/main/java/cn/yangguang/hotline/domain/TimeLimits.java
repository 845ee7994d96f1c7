package cn.yangguang.hotline.domain;

import java.util.Map;
import java.util.Objects;

/**
 * Time limits per step (sign-for, handling) x type x urgency. No national figure exists (RULES.md
 * §3); the defaults follow the local rules found: sign-for within 1 working day (2 hours when
 * urgent, 1 hour in an emergency), 咨询/求助 handled in 3 working days, 投诉/举报/建议 in 15, urgent matters
 * in 24 hours, emergencies in 2. A county overrides any of them. Pure.
 */
public final class TimeLimits {

  /** A step of a unit's work that runs on a clock. */
  public enum Step {
    /** 签收 (and the window to return a wrong dispatch). */
    SIGN,
    /** 办理 up to the reply. */
    HANDLE
  }

  /** How a limit counts, as the platform's clocks count. */
  public enum Unit {
    WORKING_DAYS,
    NATURAL_DAYS,
    HOURS,
    WORKING_HOURS
  }

  /**
   * One limit.
   *
   * @param amount units, 0-366
   * @param unit how they count
   */
  public record Limit(int amount, Unit unit) {
    /** Checks the range. */
    public Limit {
      Objects.requireNonNull(unit, "unit");
      if (amount < 0 || amount > 366) {
        throw new TicketException("amount", "a time limit is 0-366 units, not " + amount);
      }
    }
  }

  private TimeLimits() {}

  /** The built-in limit. */
  public static Limit standard(Step step, TicketType type, Urgency urgency) {
    if (step == Step.SIGN) {
      return switch (urgency) {
        case EMERGENCY -> new Limit(1, Unit.HOURS);
        case URGENT -> new Limit(2, Unit.HOURS);
        case NORMAL -> new Limit(1, Unit.WORKING_DAYS);
      };
    }
    return switch (urgency) {
      case EMERGENCY -> new Limit(2, Unit.HOURS);
      case URGENT -> new Limit(24, Unit.HOURS);
      case NORMAL -> DAYS.get(type);
    };
  }

  private static final Map<TicketType, Limit> DAYS =
      Map.of(
          TicketType.CONSULT, new Limit(3, Unit.WORKING_DAYS),
          TicketType.HELP, new Limit(5, Unit.WORKING_DAYS),
          TicketType.COMPLAINT, new Limit(15, Unit.WORKING_DAYS),
          TicketType.REPORT, new Limit(15, Unit.WORKING_DAYS),
          TicketType.SUGGESTION, new Limit(15, Unit.WORKING_DAYS));
}
