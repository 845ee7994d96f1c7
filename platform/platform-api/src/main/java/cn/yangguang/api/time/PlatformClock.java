package cn.yangguang.api.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The platform's single source of the current time.
 *
 * <p>Thread-safe; implementations never return null. In production it follows the system clock; in
 * the local stack an operator may move it forward (never backward), and every reader sees the move
 * at once.
 */
public interface PlatformClock {

  /** The current instant. */
  Instant now();

  /** Today's date in the given zone (a tenant's time zone for deadline arithmetic). */
  default LocalDate today(ZoneId zone) {
    return now().atZone(zone).toLocalDate();
  }
}
