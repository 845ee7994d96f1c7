package cn.yangguang.supervision.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A rating (好差评) of one to five after service: of a case by its applicant, or of a window visit. A
 * bad rating (1 or 2) is followed up and rectified within {@link #FOLLOW_UP_DAYS} working days on a
 * kernel clock.
 *
 * @param windowCode the post that received the applicant, or null
 */
public record Rating(
    UUID id,
    UUID caseId,
    String caseNumber,
    String departmentCode,
    String windowCode,
    int level,
    String comment,
    UUID ratedBy,
    Instant ratedAt,
    FollowUp followUp,
    UUID followUpClockId,
    String followUpNote,
    String followedUpBy,
    Instant followedUpAt) {

  /** Working days to follow up a bad rating. */
  public static final int FOLLOW_UP_DAYS = 5;

  /** The follow-up of a rating. */
  public enum FollowUp {
    NONE,
    PENDING,
    RECTIFIED
  }

  /** Checks a level and comment. */
  public static void validate(int level, String comment) {
    if (level < 1 || level > 5) {
      throw SupervisionRejectedException.invalid("level", "must be 1 (very bad) to 5 (very good)");
    }
    if (comment != null && comment.length() > 1000) {
      throw SupervisionRejectedException.invalid("comment", "is longer than 1000 characters");
    }
  }

  /** Whether the level calls for a follow-up (差评). */
  public static boolean bad(int level) {
    return level <= 2;
  }

  /** Whether the rater was satisfied (4 or 5). */
  public boolean satisfied() {
    return level >= 4;
  }
}
