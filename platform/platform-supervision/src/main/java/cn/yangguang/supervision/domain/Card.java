package cn.yangguang.supervision.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A yellow or red card (黄牌/红牌): a formal warning to a department (and optionally one of its staff)
 * with its reason. A second yellow card to a department within {@link #ESCALATION_WINDOW} of an
 * earlier one not yet escalated becomes red (escalation); cards lower the department's score (ADR
 * 0051).
 *
 * @param escalatedFrom the yellow card this red one escalates, or null
 */
public record Card(
    UUID id,
    Colour colour,
    String departmentCode,
    String staffUsername,
    String reason,
    UUID orderId,
    UUID escalatedFrom,
    String issuedBy,
    Instant issuedAt) {

  /** How long a yellow card counts towards escalation. */
  public static final Duration ESCALATION_WINDOW = Duration.ofDays(90);

  /** The colours, with the points each takes off a score. */
  public enum Colour {
    YELLOW(5),
    RED(10);

    private final int penalty;

    Colour(int penalty) {
      this.penalty = penalty;
    }

    public int penalty() {
      return penalty;
    }
  }

  /**
   * The card to issue: as asked, or red escalating the department's earlier yellow card when one
   * within the window has not been escalated yet.
   *
   * @param previous the department's cards, any order
   */
  public static Card issue(
      UUID id,
      Colour asked,
      String departmentCode,
      String staffUsername,
      String reason,
      UUID orderId,
      String by,
      Instant at,
      List<Card> previous) {
    SupervisionRejectedException.text("department", departmentCode, 40);
    String why = SupervisionRejectedException.text("reason", reason, 2000);
    UUID escalates = null;
    Colour colour = asked;
    if (asked == Colour.YELLOW) {
      Optional<Card> earlier =
          previous.stream()
              .filter(c -> c.colour() == Colour.YELLOW)
              .filter(c -> c.departmentCode().equals(departmentCode))
              .filter(c -> !c.issuedAt().isBefore(at.minus(ESCALATION_WINDOW)))
              .filter(c -> previous.stream().noneMatch(r -> c.id().equals(r.escalatedFrom())))
              .findFirst();
      if (earlier.isPresent()) {
        colour = Colour.RED;
        escalates = earlier.get().id();
      }
    }
    String staff = staffUsername == null || staffUsername.isBlank() ? null : staffUsername.strip();
    return new Card(id, colour, departmentCode, staff, why, orderId, escalates, by, at);
  }
}
