package cn.yangguang.hotline.domain;

import java.time.Instant;
import java.util.List;

/**
 * The port to the prefecture's 12345 platform (since 2021 the city runs 12345; a county is a
 * handling unit of it). The county pulls the tickets the city dispatched to it and the city's
 * call-back verdicts, and reports its steps back: sign-for, return, extension request and reply.
 *
 * <p>Implementations talk to another organisation's system: every method may throw {@link
 * CityUnavailableException}, and the caller retries later (steps wait in the county's outbox).
 */
public interface CityPlatform {

  /** The tickets the city dispatched to the county and the county has not yet signed for. */
  List<CityTicket> dispatched(String county);

  /** The city's call-back verdicts on tickets the county replied to. */
  List<CityVerdict> verdicts(String county);

  /** Reports one step of the county on a city ticket. */
  void send(CityStep step);

  /**
   * A ticket as the city dispatched it.
   *
   * @param ref the city's ticket id
   * @param type 咨询/求助/... as a {@link TicketType} code
   * @param urgency as an {@link Urgency} code
   * @param summary one line
   * @param description what the caller said
   * @param callerName or null
   * @param callerPhone or null
   * @param address or null
   * @param dispatchedAt when the city dispatched it
   */
  record CityTicket(
      String ref,
      String type,
      String urgency,
      String summary,
      String description,
      String callerName,
      String callerPhone,
      String address,
      Instant dispatchedAt) {}

  /**
   * The city's call-back on a ticket.
   *
   * @param ref the city's ticket id
   * @param satisfaction as a {@link Satisfaction} code
   */
  record CityVerdict(String ref, String satisfaction) {}

  /**
   * A step the county reports.
   *
   * @param ref the city's ticket id
   * @param kind SIGN, RETURN, EXTENSION or REPLY
   * @param text the reason or reply (empty for a sign-for)
   * @param days the working days asked for (EXTENSION), else 0
   */
  record CityStep(String ref, String kind, String text, int days) {}
}
