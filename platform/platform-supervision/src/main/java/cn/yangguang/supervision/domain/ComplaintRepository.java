package cn.yangguang.supervision.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The county's complaints; inside its tenant transaction. */
public interface ComplaintRepository {

  /** Adds it unless its channel already brought one with the same source; true when added. */
  boolean add(Complaint c);

  String nextNumber(String prefix);

  Optional<Complaint> find(UUID id);

  /** Most recent first; only this status when given. */
  List<Complaint> list(Complaint.Status status, int limit);

  /** A resident's own, most recent first. */
  List<Complaint> byAuthor(UUID userId, int limit);

  /** Records the conclusion; false when it was no longer open. */
  boolean conclude(UUID id, Complaint.Outcome outcome, String note, String by, Instant at);
}
