package cn.yangguang.supervision.domain;

import java.util.UUID;

/**
 * What a rating needs to know of a case.
 *
 * @param windowCode the post of its acceptance step (the window), or null
 */
public record RatableCase(
    UUID caseId,
    String caseNumber,
    String departmentCode,
    String status,
    UUID applicantUserId,
    String windowCode) {

  /** Whether the service is over (delivered, or refused), so the applicant may rate it. */
  public boolean served() {
    return "COMPLETED".equals(status) || "REFUSED".equals(status);
  }
}
