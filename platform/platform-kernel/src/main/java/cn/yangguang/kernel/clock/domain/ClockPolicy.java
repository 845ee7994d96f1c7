package cn.yangguang.kernel.clock.domain;

/**
 * Warning thresholds of a regime for a tenant: a clock turns yellow when {@code yellowPct} percent
 * of its limit has elapsed and red at {@code redPct}. Data, not code: national defaults with tenant
 * overrides.
 */
public record ClockPolicy(String regime, int yellowPct, int redPct) {

  /** Checks 0 < yellow < red <= 100. */
  public ClockPolicy {
    if (yellowPct <= 0 || yellowPct >= redPct || redPct > 100) {
      throw new IllegalArgumentException(
          "need 0 < yellow < red <= 100, got " + yellowPct + "/" + redPct);
    }
  }
}
