package cn.yangguang.web.casework;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Formats instants for casework pages in China's time zone ({@code yyyy-MM-dd HH:mm}); templates
 * call {@code ${time.of(instant)}}. Immutable and thread-safe; null in, empty out.
 */
public final class LocalTimes {

  /** The one instance pages use. */
  public static final LocalTimes INSTANCE = new LocalTimes();

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  private LocalTimes() {}

  /** The instant as local date and time. */
  public String of(Instant at) {
    return at == null ? "" : FORMAT.format(at);
  }
}
