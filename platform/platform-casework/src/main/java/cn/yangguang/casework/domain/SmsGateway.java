package cn.yangguang.casework.domain;

import java.util.UUID;

/**
 * The port to an SMS gateway outside our walls (a carrier's or the province's). The local stack and
 * the tests use a gateway that keeps messages in a table the console shows; production plugs in the
 * real one.
 *
 * <p>Called inside the county's tenant transaction after the change it reports, so a message is
 * recorded only for a change that commits. Implementations are thread-safe and must not throw for a
 * message they cannot deliver now (queue and retry instead).
 */
public interface SmsGateway {

  /**
   * Sends a text to a mobile number.
   *
   * @param caseId the case the message is about
   * @param phone the full number (the gateway needs it; it must never log it unmasked)
   */
  void send(UUID tenantId, UUID caseId, String phone, String text);
}
