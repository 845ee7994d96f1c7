package cn.yangguang.disclosure.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Documents of the transaction's county (row-level security scopes every call). */
public interface DocumentRepository {

  /** Stores a new document with its attachments. */
  void add(DisclosureDocument document);

  /**
   * Stores a changed document (status, validity, note, attachments).
   *
   * @throws java.util.ConcurrentModificationException when someone changed it since it was read
   */
  void update(DisclosureDocument document);

  /** A document in any status, locked for update. */
  Optional<DisclosureDocument> lock(UUID id);

  /** A document in any status. */
  Optional<DisclosureDocument> find(UUID id);

  /** The published documents among these ids. */
  List<DisclosureDocument> published(Collection<UUID> ids);

  /** Published documents, newest first, optionally only in these columns or of this agency. */
  List<DisclosureDocument> published(Set<String> columns, String agency, int limit);

  /** The documents in these statuses, oldest formation first (the console's work lists). */
  List<DisclosureDocument> inStatus(Set<DocumentStatus> statuses, int limit);

  /** Takes the next number of an agency's sequence for a year (1 for the first). */
  int nextSequence(String agency, int year);

  /** The county's index-number rule, if it set one. */
  Optional<String> indexRule();

  /** Sets the county's index-number rule. */
  void saveIndexRule(String pattern, java.time.Instant at);
}
