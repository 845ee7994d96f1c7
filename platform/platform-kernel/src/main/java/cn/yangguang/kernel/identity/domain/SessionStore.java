package cn.yangguang.kernel.identity.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Browser sessions and sign-ins in flight, in the platform database (not tenant-owned: a session
 * spans the counties its person works in). Callable outside any transaction; each method is atomic.
 */
public interface SessionStore {

  /** Stores a new session. */
  void insert(BrowserSession session);

  /** The session with this hash, expired or not. */
  Optional<BrowserSession> find(String idHash);

  /** Records use of the session and its new expiry. */
  void touch(String idHash, Instant lastSeenAt, Instant expiresAt);

  /** Ends the session. */
  void delete(String idHash);

  /** Removes expired sessions and stale sign-ins; returns how many rows went. */
  int purge(Instant now);

  /** Stores a sign-in in flight. */
  void insert(PendingLogin login);

  /** Removes and returns the sign-in with this state: a state works once. */
  Optional<PendingLogin> take(String state);
}
