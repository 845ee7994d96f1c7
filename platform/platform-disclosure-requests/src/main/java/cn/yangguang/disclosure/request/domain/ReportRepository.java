package cn.yangguang.disclosure.request.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** What officers wrote for a report, and published reports' frozen tables (current tenant). */
public interface ReportRepository {

  /** The stored part of a report. */
  record Stored(
      String agencyCode,
      int year,
      Narrative narrative,
      Table4 table4,
      AnnualReport.Status status,
      AnnualReport frozen,
      UUID documentId,
      Instant publishedAt) {}

  Optional<Stored> find(String agencyCode, int year);

  /** Saves the officers' parts of a draft (creating the draft). */
  void saveDraft(String agencyCode, int year, Narrative n, Table4 t4, String actor, Instant at);

  /** What every agency entered in Table 4 for a year (the county's roll-up sums them). */
  java.util.List<Table4> agencyTable4s(int year);

  /** The published reports (agency and year), newest year first. */
  java.util.List<Stored> published();

  /** Freezes a report as published. */
  void publish(AnnualReport frozen, UUID documentId, String actor, Instant at);
}
