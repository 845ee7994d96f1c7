package cn.yangguang.supervision.domain;

import java.util.List;
import java.util.UUID;

/**
 * What one month's performance is computed from: the cases received or completed in the month, and
 * the month's violations, ratings and cards, each with the department and window it counts for.
 */
public record MonthFacts(
    List<CaseLine> cases, List<Line> violations, List<RatingLine> ratings, List<CardLine> cards) {

  public MonthFacts {
    cases = List.copyOf(cases);
    violations = List.copyOf(violations);
    ratings = List.copyOf(ratings);
    cards = List.copyOf(cards);
  }

  /**
   * A case of the month.
   *
   * @param window the post of its acceptance step, or null
   * @param immediate an on-the-spot case (即办件)
   * @param supplemented whether a supplement notice was sent
   * @param received received in the month
   * @param completed completed in the month
   * @param onTime completed with no clock late or overdue
   */
  public record CaseLine(
      UUID caseId,
      String department,
      String window,
      boolean immediate,
      boolean supplemented,
      boolean received,
      boolean completed,
      boolean onTime) {}

  /** A violation of the month (not dismissed). */
  public record Line(String department, String window) {}

  /** A rating of the month. */
  public record RatingLine(String department, String window, int level) {}

  /** A card of the month. */
  public record CardLine(String department, Card.Colour colour) {}
}
