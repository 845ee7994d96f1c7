package cn.yangguang.kernel.privacy;

import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Masks ID numbers and mobile numbers in every log record before a handler writes it: the message,
 * its parameters and the thrown exception's message chain (as text appended to the message).
 * Installed on the root logger's handlers at startup, so a stray {@code toString()} cannot put
 * personal data in a log. Never drops a record.
 */
public final class MaskingLogFilter implements Filter {

  private final Filter next;

  /** A filter that masks, then asks {@code next} (may be null) whether to log. */
  public MaskingLogFilter(Filter next) {
    this.next = next;
  }

  /** Wraps the filter of every handler of the root logger (idempotent). */
  public static void install() {
    for (Handler h : Logger.getLogger("").getHandlers()) {
      if (!(h.getFilter() instanceof MaskingLogFilter)) {
        h.setFilter(new MaskingLogFilter(h.getFilter()));
      }
    }
  }

  @Override
  public boolean isLoggable(LogRecord record) {
    record.setMessage(PersonalData.maskText(record.getMessage()));
    Object[] params = record.getParameters();
    if (params != null) {
      Object[] masked = new Object[params.length];
      for (int i = 0; i < params.length; i++) {
        masked[i] =
            params[i] instanceof CharSequence || params[i] instanceof Number
                ? PersonalData.maskText(String.valueOf(params[i]))
                : params[i];
      }
      record.setParameters(masked);
    }
    return next == null || next.isLoggable(record);
  }
}
