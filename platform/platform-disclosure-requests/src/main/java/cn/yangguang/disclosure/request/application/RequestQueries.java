package cn.yangguang.disclosure.request.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.disclosure.request.domain.Applicant;
import cn.yangguang.disclosure.request.domain.DisclosureRequest;
import cn.yangguang.disclosure.request.domain.RequestRepository;
import cn.yangguang.kernel.audit.AuditTrail;
import cn.yangguang.kernel.clock.domain.Clock;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads requests: staff see their agency's (the county office all), with the answer clock; the
 * applicant sees her own, or any one by number and query code, never the personal data in full. The
 * full ID number and phone only with a reason, audited.
 */
@ApplicationScoped
public class RequestQueries {

  /** The most requests a list returns. */
  public static final int MAX_LIST = 500;

  @Inject TenantTransactions transactions;
  @Inject RequestRepository requests;
  @Inject RequestClocks clocks;
  @Inject AuditTrail audit;
  @Inject cn.yangguang.disclosure.request.domain.ApplicantNotifier notifier;
  @Inject cn.yangguang.api.time.PlatformClock clock;

  /** A request as shown: masked applicant, the answer clock's state, consultations and steps. */
  public record View(
      DisclosureRequest request,
      Applicant maskedApplicant,
      Deadline deadline,
      List<RequestRepository.RequestEvent> events,
      List<cn.yangguang.disclosure.request.domain.ApplicantNotifier.Message> messages) {}

  /**
   * The answer clock as shown.
   *
   * @param date the last day to answer
   * @param level GREEN, YELLOW, RED or OVERDUE
   * @param status RUNNING, PAUSED, COMPLETED or CANCELLED
   * @param provisional whether the date rests on a year whose schedule is not yet confirmed
   */
  public record Deadline(LocalDate date, String level, String status, boolean provisional) {}

  /** The requests staff may see, newest first. */
  public List<View> list(TenantRef t, RequestActor a, String agency, boolean openOnly, int limit) {
    String scope = a.countyWide() ? agency : a.agencyCode();
    if (!a.countyWide() && agency != null && !agency.equals(a.agencyCode())) {
      return List.of();
    }
    return transactions.call(
        t,
        () ->
            requests.list(scope, openOnly, Math.min(limit, MAX_LIST)).stream()
                .map(r -> view(t, r, false))
                .toList());
  }

  /** One request for staff of its agency (404 for anyone else). */
  public View detail(TenantRef t, UUID id, RequestActor a) {
    return transactions.call(
        t,
        () -> {
          DisclosureRequest r =
              requests
                  .find(id)
                  .filter(x -> a.mayRead(x.row().received().agencyCode()))
                  .orElseThrow(() -> new RequestNotFoundException("no request " + id));
          return view(t, r, true);
        });
  }

  /** Failed lookups a client may make in {@link #LOOKUP_WINDOW} before it must wait. */
  public static final int LOOKUP_FAILURES = 10;

  /** The window of counted failures. */
  public static final java.time.Duration LOOKUP_WINDOW = java.time.Duration.ofMinutes(15);

  /** What a lookup found. */
  public sealed interface Lookup {
    record Found(View view) implements Lookup {}

    record NotFound() implements Lookup {}

    record TooManyAttempts(java.time.Duration retryAfter) implements Lookup {}
  }

  /**
   * A request by number and query code (the public status page). A client with too many failures in
   * the window waits, so query codes cannot be guessed.
   */
  public Lookup lookup(TenantRef t, String number, String queryCode, String client) {
    String clientHash = RequestJournal.sha256("lookup:" + client);
    return transactions.call(
        t,
        () -> {
          java.time.Instant now = clock.now();
          if (requests.lookupFailures(clientHash, now.minus(LOOKUP_WINDOW)) >= LOOKUP_FAILURES) {
            return new Lookup.TooManyAttempts(LOOKUP_WINDOW);
          }
          String hash = queryCode == null ? "" : RequestJournal.sha256(queryCode.strip());
          Optional<View> found =
              number == null
                  ? Optional.empty()
                  : requests
                      .byNumber(number.strip())
                      .filter(r -> r.row().received().queryCodeHash().equals(hash))
                      .map(r -> view(t, r, true));
          if (found.isEmpty()) {
            requests.recordLookupFailure(clientHash, now);
            return new Lookup.NotFound();
          }
          return new Lookup.Found(found.get());
        });
  }

  /** The requests a signed-in applicant made on the portal. */
  public List<View> mine(TenantRef t, UUID userId) {
    return transactions.call(
        t, () -> requests.byUser(userId, 100).stream().map(r -> view(t, r, true)).toList());
  }

  /** One of the applicant's own requests (404 for another's). */
  public View mineOne(TenantRef t, UUID userId, UUID id) {
    return transactions.call(
        t,
        () ->
            requests
                .find(id)
                .filter(r -> userId.equals(r.row().received().applicantUserId()))
                .map(r -> view(t, r, true))
                .orElseThrow(() -> new RequestNotFoundException("no request " + id)));
  }

  /** The applicant in full, with the reason in the audit trail. */
  public Applicant unmasked(TenantRef t, UUID id, RequestActor a, String reason) {
    return transactions.call(
        t,
        () -> {
          DisclosureRequest r =
              requests
                  .find(id)
                  .filter(x -> a.mayAct(x.row().received().agencyCode()))
                  .orElseThrow(() -> new RequestNotFoundException("no request " + id));
          audit.record(
              t,
              a.username(),
              RequestActor.OFFICER,
              RequestClocks.SUBJECT,
              id.toString(),
              "disclosure.request.unmask",
              Json.createObjectBuilder().add("reason", reason).build().toString());
          return r.row().received().applicant();
        });
  }

  private View view(TenantRef t, DisclosureRequest r, boolean withEvents) {
    Deadline d = clocks.find(t, r.row().answerClockId()).map(RequestQueries::deadline).orElse(null);
    return new View(
        r,
        r.row().received().applicant().masked(),
        d,
        withEvents ? requests.events(r.id()) : List.of(),
        withEvents ? notifier.messages(r.id()) : List.of());
  }

  private static Deadline deadline(Clock c) {
    return new Deadline(
        c.deadlineDate(), c.level().name(), c.status().name(), !c.missingYears().isEmpty());
  }
}
