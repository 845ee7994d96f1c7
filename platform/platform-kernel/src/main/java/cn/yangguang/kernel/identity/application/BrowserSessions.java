package cn.yangguang.kernel.identity.application;

import cn.yangguang.kernel.identity.domain.BrowserSession;
import cn.yangguang.kernel.identity.domain.PendingLogin;
import cn.yangguang.kernel.identity.domain.SessionStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Browser sign-in state: sign-ins in flight (state, PKCE verifier, nonce) and the sessions they
 * open. Cookie values and tokens are 256-bit random; only the hash of a cookie value is stored.
 * Sessions slide with use up to {@link BrowserSession#MAX_LIFE}; a touch is written at most once a
 * minute per session so reading pages does not turn into writes.
 */
@ApplicationScoped
public class BrowserSessions {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  @Inject SessionStore store;
  // sessions live in real time, not on the dev-adjustable platform clock of statutory deadlines
  private final Clock clock = Clock.systemUTC();

  /** A session just opened, with the cookie value to hand to the browser (shown once). */
  public record Opened(String cookieValue, BrowserSession session) {}

  /**
   * Starts a sign-in.
   *
   * @param redirectUri our callback URI
   * @param returnTo the local path to open afterwards
   */
  public PendingLogin begin(String redirectUri, String returnTo) {
    PendingLogin login =
        new PendingLogin(random(), random() + random(), random(), redirectUri, returnTo, now());
    store.purge(now());
    store.insert(login);
    return login;
  }

  /** Ends a sign-in: the pending login for the state, if it exists and is not stale. */
  public Optional<PendingLogin> take(String state) {
    if (state == null || state.isBlank()) {
      return Optional.empty();
    }
    return store.take(state).filter(l -> !l.staleAt(now()));
  }

  /** Opens a session for a caller Keycloak just authenticated. */
  public Opened open(Caller caller, String idToken) {
    String value = random();
    Instant now = now();
    BrowserSession session =
        new BrowserSession(
            hash(value),
            caller.userId(),
            caller.username(),
            caller.displayName(),
            caller.organizations(),
            random(),
            idToken,
            now,
            now,
            now.plus(BrowserSession.IDLE));
    store.insert(session);
    return new Opened(value, session);
  }

  /** The live session a cookie value names, after recording its use. */
  public Optional<BrowserSession> find(String cookieValue) {
    if (cookieValue == null || cookieValue.length() < 20 || cookieValue.length() > 100) {
      return Optional.empty();
    }
    Instant now = now();
    Optional<BrowserSession> found = store.find(hash(cookieValue));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    BrowserSession s = found.get();
    if (s.expiredAt(now)) {
      store.delete(s.idHash());
      return Optional.empty();
    }
    if (!now.isBefore(s.lastSeenAt().plus(TOUCH_EVERY))) {
      store.touch(s.idHash(), now, s.expiryIfUsedAt(now));
    }
    return Optional.of(s);
  }

  /** Ends the session a cookie value names, if any. */
  public void close(String cookieValue) {
    if (cookieValue != null && !cookieValue.isBlank()) {
      store.delete(hash(cookieValue));
    }
  }

  /** The caller a session stands for. */
  public static Caller caller(BrowserSession s) {
    return new Caller(s.userId(), s.username(), s.displayName(), s.organizations());
  }

  /** The PKCE S256 challenge of a verifier. */
  public static String challenge(String verifier) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(sha256(verifier.getBytes(StandardCharsets.US_ASCII)));
  }

  private Instant now() {
    return clock.instant();
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String value) {
    return HexFormat.of().formatHex(sha256(value.getBytes(StandardCharsets.US_ASCII)));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
