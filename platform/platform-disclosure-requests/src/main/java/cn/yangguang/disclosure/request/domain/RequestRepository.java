package cn.yangguang.disclosure.request.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Requests of the current tenant (its transaction and row-level security scope every call). */
public interface RequestRepository {

  void add(DisclosureRequest request);

  /**
   * Saves a changed request and its consultations.
   *
   * @throws RequestRejected (conflict) when someone else changed it since it was loaded
   */
  void update(DisclosureRequest request);

  Optional<DisclosureRequest> find(UUID id);

  Optional<DisclosureRequest> byNumber(String number);

  /** The request a consultation belongs to. */
  Optional<UUID> requestOfConsultation(UUID consultationId);

  /** Recent requests, newest first: of one agency (or all when null), open only if asked. */
  List<DisclosureRequest> list(String agencyCode, boolean openOnly, int limit);

  /** The requests a signed-in applicant made on the portal, newest first. */
  List<DisclosureRequest> byUser(UUID userId, int limit);

  /** The next request number of a year (e.g. YSGK-2025-00012). */
  String nextNumber(int year);

  /**
   * How many requests of one applicant (by blind index) the agency received in the calendar month
   * of {@code day}, up to and including that day: the request's place in the fee's bands.
   */
  int countInMonth(String agencyCode, String applicantIndex, LocalDate day);

  /** Failed lookups of a client since an instant. */
  int lookupFailures(String clientHash, Instant since);

  /** Records a failed lookup. */
  void recordLookupFailure(String clientHash, Instant at);

  /** Appends a step the applicant can follow. */
  void addEvent(UUID requestId, Instant at, String kind, String actor, String note);

  List<RequestEvent> events(UUID requestId);

  /**
   * The facts of Table 3: every request of the agency (of every agency when null) received up to
   * the end of {@code year}, with its closing date and row.
   */
  List<ReportFacts> reportFacts(String agencyCode, int year);

  /** A step of a request, as the applicant and staff see it. */
  record RequestEvent(int seq, Instant at, String kind, String actor, String note) {}

  /** What Table 3 counts of one request. */
  record ReportFacts(ApplicantType type, LocalDate receivedOn, LocalDate closedOn, ReportRow row) {}
}
