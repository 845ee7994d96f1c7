package cn.yangguang.disclosure.request.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Tells the applicant of a request what happened: by SMS to her phone and, when she asked on the
 * portal, in her messages there. Implementations keep what was sent; they never log the full
 * number.
 */
public interface ApplicantNotifier {

  /** Sends {@code text} about a request to its applicant. */
  void notify(Row.Received request, String text, Instant at);

  /** What the applicant of a request was told, oldest first. */
  List<Message> messages(UUID requestId);

  /** One message: SMS or INAPP, to whom (masked), what, when. */
  record Message(String channel, String recipient, String text, Instant at) {}
}
