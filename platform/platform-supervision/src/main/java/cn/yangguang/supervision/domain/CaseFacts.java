package cn.yangguang.supervision.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What supervision observes of one case, read from casework's records (never changed by
 * supervision).
 *
 * @param template the process template (INSTANT, PROMISE, JOINT, REFERRAL, CUSTOM)
 * @param receivedAt when the materials were received, as the case says
 * @param registeredAt when the case was entered into the platform (its first audit entry)
 * @param feeRule the catalogue's fee standard as written (e.g. 住宅 80 元/件), or null
 * @param feeStandard the standard amount casework recorded, or null
 * @param feeCharged the fee recorded, or null
 * @param journal the case's history in order
 * @param clocks the case's clocks
 */
public record CaseFacts(
    UUID caseId,
    String caseNumber,
    String itemKey,
    String departmentCode,
    String template,
    String status,
    Instant receivedAt,
    Instant registeredAt,
    String feeRule,
    BigDecimal feeStandard,
    BigDecimal feeCharged,
    boolean feeFlagged,
    List<JournalEntry> journal,
    List<ClockFact> clocks) {

  private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d{1,2})?)\\s*元");

  public CaseFacts {
    journal = List.copyOf(journal);
    clocks = List.copyOf(clocks);
  }

  /**
   * The standard amount nearest to the fee charged: among the amounts the catalogue's standard
   * names (as casework reads them), else the recorded standard; null when there is none.
   */
  public BigDecimal nearestStandard() {
    List<BigDecimal> amounts = new ArrayList<>();
    if (feeRule != null) {
      Matcher m = AMOUNT.matcher(feeRule);
      while (m.find()) {
        amounts.add(new BigDecimal(m.group(1)));
      }
    }
    if (amounts.isEmpty() && feeStandard != null) {
      amounts.add(feeStandard);
    }
    if (amounts.isEmpty() || feeCharged == null) {
      return null;
    }
    return amounts.stream()
        .min(Comparator.comparing((BigDecimal a) -> a.subtract(feeCharged).abs()))
        .orElseThrow();
  }

  /**
   * One milestone of the case's history.
   *
   * @param seq its place in the history
   * @param kind e.g. {@code received}, {@code accepted}, {@code review-done}
   */
  public record JournalEntry(int seq, Instant at, String kind, String actor, String note) {}

  /**
   * One clock of the case.
   *
   * @param step acceptance, decision, or a step (review, approve, deliver, forward, branch)
   * @param level GREEN, YELLOW, RED or OVERDUE
   * @param status RUNNING, PAUSED, COMPLETED or CANCELLED
   * @param onTime for a completed clock, whether it was met; null otherwise
   */
  public record ClockFact(
      UUID clockId,
      String step,
      String level,
      String status,
      Instant dueAt,
      Instant completedAt,
      Boolean onTime) {

    /** Whether the deadline passed by more than {@code toleranceHours} by {@code now}. */
    public boolean overdue(Instant now, int toleranceHours) {
      if (dueAt == null || "CANCELLED".equals(status)) {
        return false;
      }
      Instant limit = dueAt.plusSeconds(toleranceHours * 3600L);
      if ("COMPLETED".equals(status)) {
        return Boolean.FALSE.equals(onTime) && completedAt != null && completedAt.isAfter(limit);
      }
      return "OVERDUE".equals(level) && !now.isBefore(limit);
    }
  }
}
