package cn.yangguang.casework.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Cases of the county whose transaction is running (row-level security scopes every call). Every
 * method needs a running tenant transaction.
 */
public interface CaseRepository {

  /** A material attached to a case. */
  record Material(int position, String name, UUID fileId, Instant addedAt) {}

  /** Stores a new case. */
  void add(CaseFile c);

  /**
   * Stores a changed case if nobody changed it since it was loaded.
   *
   * @throws CaseRejectedException (conflict) when the stored version moved on
   */
  void update(CaseFile c);

  Optional<CaseFile> find(UUID id);

  /** The case an earlier submission with the same key by the same submitter created. */
  Optional<CaseFile> findBySubmission(String submittedBy, String idempotencyKey);

  Optional<CaseFile> findByNumber(String number);

  /** A signed-in applicant's cases, newest first. */
  List<CaseFile> byApplicant(UUID userId, int limit);

  /** The county's cases, newest first, optionally of one status. */
  List<CaseFile> list(CaseStatus status, int limit);

  /**
   * The next case serial: unique and increasing, never blocking a concurrent submission (gaps where
   * a submission rolled back).
   */
  long nextSerial();

  void addMaterials(UUID caseId, List<Material> materials);

  List<Material> materials(UUID caseId);

  void addEvent(UUID caseId, CaseEvent event);

  List<CaseEvent> events(UUID caseId);

  /** Records who uploaded a file for a future application. */
  void recordUpload(UUID fileId, String uploadedBy, Instant at);

  /** Who uploaded a file for an application, if anyone did. */
  Optional<String> uploader(UUID fileId);

  /**
   * Counts one failed public lookup of a client in the window starting at {@code windowStart} and
   * returns the window's failures so far (this one included).
   */
  int countLookupFailure(String clientKey, Instant windowStart);

  /** The failed lookups of a client in the window. */
  int lookupFailures(String clientKey, Instant windowStart);
}
