package cn.yangguang.kernel.time;

import cn.yangguang.api.time.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The system clock plus an offset. The offset can only grow, and only when {@code
 * yg.devclock.enabled} is true (the launcher sets it for the local stack; it defaults to false).
 * The offset lives in this node's memory: the dev clock is a single-node demonstration aid, not a
 * production feature.
 */
@ApplicationScoped
public class AdjustableClock implements PlatformClock {

  private final Clock system = Clock.systemUTC();
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  @Inject
  @ConfigProperty(name = "yg.devclock.enabled", defaultValue = "false")
  boolean adjustable;

  @Override
  public Instant now() {
    return system.instant().plus(offset.get());
  }

  /** Whether this deployment lets an operator move the clock. */
  public boolean adjustable() {
    return adjustable;
  }

  /** How far the clock is ahead of the system clock. */
  public Duration offset() {
    return offset.get();
  }

  /**
   * Moves the clock forward.
   *
   * @param by a positive duration
   * @throws IllegalStateException when the clock is not adjustable here
   * @throws IllegalArgumentException when {@code by} is zero or negative
   */
  public Instant advance(Duration by) {
    if (!adjustable) {
      throw new IllegalStateException("the platform clock is not adjustable in this deployment");
    }
    if (by.isNegative() || by.isZero()) {
      throw new IllegalArgumentException("the clock only moves forward");
    }
    offset.accumulateAndGet(by, Duration::plus);
    return now();
  }
}
