package cn.yangguang.disclosure.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Funds tables of the transaction's county. */
public interface FundsRepository {

  /** A stored table and the document that publishes it. */
  record StoredFunds(UUID id, UUID documentId, FundsTable table) {}

  /** Stores a valid table for a document. */
  void add(UUID id, UUID documentId, FundsTable table, String actor, java.time.Instant at);

  /** One table. */
  Optional<StoredFunds> find(UUID id);

  /** A document's tables, in the order they were added. */
  List<StoredFunds> ofDocument(UUID documentId);
}
