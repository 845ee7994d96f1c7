package cn.yangguang.kernel.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A signed-in browser, stored server-side so that any node serves it. The cookie holds a random
 * value; only its hash identifies the row. Expires after an idle period and, at the latest, a fixed
 * time after sign-in.
 *
 * @param idHash hex SHA-256 of the cookie value
 * @param csrfToken the token every state-changing form of this session must carry
 * @param idToken the ID token of the sign-in, for the logout hint (may be null)
 */
public record BrowserSession(
    String idHash,
    UUID userId,
    String username,
    String displayName,
    Set<String> organizations,
    String csrfToken,
    String idToken,
    Instant createdAt,
    Instant lastSeenAt,
    Instant expiresAt) {

  /** Idle time after which a session ends. */
  public static final Duration IDLE = Duration.ofHours(1);

  /** Longest life of a session, however active. */
  public static final Duration MAX_LIFE = Duration.ofHours(12);

  public BrowserSession {
    organizations = Set.copyOf(organizations);
  }

  /** Whether the session has ended at {@code now}. */
  public boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /** When the session ends if it is used at {@code now}. */
  public Instant expiryIfUsedAt(Instant now) {
    Instant idle = now.plus(IDLE);
    Instant cap = createdAt.plus(MAX_LIFE);
    return idle.isBefore(cap) ? idle : cap;
  }
}
