package cn.yangguang.supervision.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * An efficiency complaint (效能投诉) about a department or a case, from a resident on the portal or
 * from the 12345 hotline, routed to the county's supervisors and concluded within a deadline on a
 * kernel clock. No phone or ID number is kept (ADR 0053).
 *
 * @param sourceRef the hotline ticket number, or null
 * @param authorUserId the signed-in resident, or null for a hotline complaint
 */
public record Complaint(
    UUID id,
    String number,
    Channel channel,
    String sourceRef,
    UUID authorUserId,
    String authorName,
    String departmentCode,
    String caseNumber,
    String summary,
    Instant receivedAt,
    UUID clockId,
    Status status,
    Outcome outcome,
    String outcomeNote,
    String concludedBy,
    Instant concludedAt) {

  /** Working days to conclude a complaint. */
  public static final int DAYS_TO_CONCLUDE = 10;

  /** Where a complaint came from. */
  public enum Channel {
    PORTAL,
    HOTLINE
  }

  /** Where it stands. */
  public enum Status {
    OPEN,
    CONCLUDED
  }

  /** What the supervisor found. */
  public enum Outcome {
    SUBSTANTIATED,
    PARTLY,
    UNFOUNDED
  }

  /** Checks what a resident wrote; returns the summary stripped. */
  public static String validSummary(String summary) {
    return SupervisionRejectedException.text("summary", summary, 2000);
  }
}
