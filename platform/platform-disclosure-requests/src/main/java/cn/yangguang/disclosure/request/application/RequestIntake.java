package cn.yangguang.disclosure.request.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.disclosure.application.DisclosureCatalogue;
import cn.yangguang.disclosure.request.domain.Applicant;
import cn.yangguang.disclosure.request.domain.Channel;
import cn.yangguang.disclosure.request.domain.DisclosureRequest;
import cn.yangguang.disclosure.request.domain.RequestRejected;
import cn.yangguang.disclosure.request.domain.RequestRepository;
import cn.yangguang.disclosure.request.domain.Row;
import cn.yangguang.kernel.privacy.FieldKeys;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Receives requests: from the portal (the applicant signed in, channel ONLINE, received today) or
 * entered by a disclosure officer for what came in person, by post, by fax or by e-mail, dated by
 * the channel's rule (Art. 31). Each starts its answer clock, is audited and announced, all in one
 * transaction; the applicant gets a number and a query code to follow it.
 */
@ApplicationScoped
public class RequestIntake {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Set<String> DELIVERIES = Set.of("ELECTRONIC", "PAPER", "PICKUP");

  @Inject TenantTransactions transactions;
  @Inject RequestRepository requests;
  @Inject RequestClocks clocks;
  @Inject RequestJournal journal;
  @Inject DisclosureCatalogue catalogue;
  @Inject FieldKeys keys;
  @Inject PlatformClock clock;

  /** What a request says. */
  public record Submission(
      String agencyCode,
      Channel channel,
      Channel.ReceiptDates dates,
      Applicant applicant,
      String description,
      String purpose,
      String delivery) {}

  /** A received request with the query code to follow it (shown once). */
  public record Received(UUID id, String number, String queryCode, LocalDate receivedOn) {}

  /** A request the applicant makes on the portal herself. */
  public Received online(TenantRef t, Submission s, String username, UUID userId) {
    return receive(t, s, true, username, userId);
  }

  /** A request an officer enters for the agency she works for (or any, for the county office). */
  public Received enter(TenantRef t, Submission s, RequestActor actor) {
    if (s.agencyCode() != null) {
      actor.requireAct(s.agencyCode());
    }
    return receive(t, s, false, actor.username(), null);
  }

  private Received receive(
      TenantRef t, Submission s, boolean viaPortal, String actor, UUID userId) {
    if (s.agencyCode() == null || catalogue.agency(t, s.agencyCode()).isEmpty()) {
      throw RequestRejected.invalid("agencyCode", "is not an agency of this county");
    }
    if (s.channel() == null) {
      throw RequestRejected.invalid("channel", "is required");
    }
    if (viaPortal && s.channel() != Channel.ONLINE) {
      throw RequestRejected.invalid("channel", "is ONLINE for a request made on the portal");
    }
    String delivery = s.delivery() == null ? "ELECTRONIC" : s.delivery();
    if (!DELIVERIES.contains(delivery)) {
      throw RequestRejected.invalid("delivery", "is ELECTRONIC, PAPER or PICKUP");
    }
    if (s.description() != null && s.description().length() > 5000) {
      throw RequestRejected.invalid("description", "is at most 5000 characters");
    }
    if (s.purpose() != null && s.purpose().length() > 500) {
      throw RequestRejected.invalid("purpose", "is at most 500 characters");
    }
    Applicant applicant = s.applicant() == null ? null : s.applicant().checked();
    if (applicant == null) {
      throw RequestRejected.invalid("applicant", "is required");
    }
    LocalDate today = clock.today(clocks.zone(t));
    LocalDate receivedOn =
        s.channel()
            .receivedOn(
                s.dates() == null ? Channel.ReceiptDates.none() : s.dates(), today, viaPortal);
    String code = String.format("%08d", RANDOM.nextInt(100_000_000));
    return transactions.call(
        t,
        () -> {
          UUID id = UUID.randomUUID();
          DisclosureRequest r =
              DisclosureRequest.receive(
                  Row.fresh(
                      new Row.Received(
                          t.id(),
                          id,
                          requests.nextNumber(receivedOn.getYear()),
                          RequestJournal.sha256(code),
                          s.agencyCode(),
                          s.channel(),
                          applicant,
                          keys.cipher().blindIndex(t.id(), applicant.idNumber()),
                          userId,
                          s.description() == null ? null : s.description().strip(),
                          s.purpose(),
                          delivery,
                          receivedOn,
                          clock.now(),
                          actor)));
          requests.add(r);
          UUID answer = clocks.startAnswer(t, id, receivedOn, DisclosureRequest.ANSWER_DAYS, actor);
          DisclosureRequest stored = requests.find(id).orElseThrow();
          stored.clocks(answer, null);
          requests.update(stored);
          journal.record(
              t,
              stored,
              "received",
              actor,
              "已收到申请，收到日期 " + receivedOn + "，编号 " + stored.row().received().number());
          return new Received(id, r.row().received().number(), code, receivedOn);
        });
  }
}
