package cn.yangguang.supervision.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A supervision order (督办单): a supervisor requires a department to act on a matter and reply by a
 * deadline kept on a kernel clock (working days). The department replies once; the supervisor then
 * closes it. Not thread-safe: load, change and save within one tenant transaction (the version
 * guards concurrent changes).
 */
public final class SupervisionOrder {

  /** The most working days a reply may be given. */
  public static final int MAX_REPLY_DAYS = 60;

  /** Where an order stands. */
  public enum Status {
    OPEN,
    REPLIED,
    CLOSED
  }

  /** The stored state. */
  public record State(
      UUID id,
      String number,
      String departmentCode,
      String subject,
      String detail,
      UUID violationId,
      UUID complaintId,
      int replyDays,
      UUID clockId,
      Status status,
      String issuedBy,
      Instant issuedAt,
      String reply,
      String repliedBy,
      Instant repliedAt,
      Boolean repliedLate,
      String closedBy,
      Instant closedAt,
      String closeNote,
      int version) {}

  private State s;

  public SupervisionOrder(State state) {
    this.s = state;
  }

  /** Checks a new order's fields. */
  public static void validate(String departmentCode, String subject, String detail, int replyDays) {
    SupervisionRejectedException.text("department", departmentCode, 40);
    SupervisionRejectedException.text("subject", subject, 200);
    SupervisionRejectedException.text("detail", detail, 4000);
    if (replyDays < 1 || replyDays > MAX_REPLY_DAYS) {
      throw SupervisionRejectedException.invalid(
          "replyDays", "must be between 1 and " + MAX_REPLY_DAYS + " working days");
    }
  }

  /**
   * The department's reply.
   *
   * @param late whether the reply deadline had passed
   */
  public void reply(String text, String by, Instant at, boolean late) {
    if (s.status() != Status.OPEN) {
      throw SupervisionRejectedException.conflict(
          "order " + s.number() + " was already replied to");
    }
    String reply = SupervisionRejectedException.text("reply", text, 4000);
    s = next(Status.REPLIED, reply, by, at, late, null, null, null);
  }

  /** The supervisor accepts the reply and closes the order. */
  public void close(String note, String by, Instant at) {
    if (s.status() != Status.REPLIED) {
      throw SupervisionRejectedException.conflict(
          "order " + s.number() + " can be closed only after its reply");
    }
    String n = note == null || note.isBlank() ? null : note.strip();
    s = next(Status.CLOSED, s.reply(), s.repliedBy(), s.repliedAt(), s.repliedLate(), by, at, n);
  }

  /** The same order in a later state: what was issued stays; the reply and the closing change. */
  private State next(
      Status status,
      String reply,
      String repliedBy,
      Instant repliedAt,
      Boolean late,
      String closedBy,
      Instant closedAt,
      String closeNote) {
    return new State(
        s.id(),
        s.number(),
        s.departmentCode(),
        s.subject(),
        s.detail(),
        s.violationId(),
        s.complaintId(),
        s.replyDays(),
        s.clockId(),
        status,
        s.issuedBy(),
        s.issuedAt(),
        reply,
        repliedBy,
        repliedAt,
        late,
        closedBy,
        closedAt,
        closeNote,
        s.version());
  }

  public State state() {
    return s;
  }

  public UUID id() {
    return s.id();
  }

  public Status status() {
    return s.status();
  }
}
