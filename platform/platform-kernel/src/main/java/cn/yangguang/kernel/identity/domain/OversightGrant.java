package cn.yangguang.kernel.identity.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A prefecture or province admin's scope: the counties under one division, read and overseen.
 *
 * @param userId the Keycloak user id
 * @param username the user name, for people and the audit
 * @param level province or prefecture
 * @param divisionCode the six-digit code of the province or prefecture
 */
public record OversightGrant(UUID userId, String username, Level level, String divisionCode) {

  /** The level of a grant. */
  public enum Level {
    PROVINCE,
    PREFECTURE
  }

  public OversightGrant {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(level, "level");
    if (divisionCode == null || !divisionCode.matches("[0-9]{6}")) {
      throw new IllegalArgumentException("a division code has six digits: " + divisionCode);
    }
  }

  /** Whether this grant covers a county in the given province and prefecture (may be null). */
  public boolean covers(String provinceCode, String prefectureCode) {
    return switch (level) {
      case PROVINCE -> divisionCode.equals(provinceCode);
      case PREFECTURE -> divisionCode.equals(prefectureCode);
    };
  }
}
