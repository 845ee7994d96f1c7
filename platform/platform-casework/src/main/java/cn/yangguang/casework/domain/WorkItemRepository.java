package cn.yangguang.casework.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Work items of the running tenant transaction's county. */
public interface WorkItemRepository {

  /** A line of an inbox: the work item, its case and its step clock. */
  record InboxEntry(
      WorkItem item,
      String caseNumber,
      String itemName,
      String caseStatus,
      String level,
      Instant dueAt,
      String applicantName) {}

  void add(WorkItem item);

  /** Marks the item of an engine task done. */
  void close(String taskId, String doneBy, String outcome, Instant at);

  Optional<WorkItem> find(UUID id);

  /** Points an open item at a new clock (the acceptance period restarted after a supplement). */
  void reassignClock(UUID id, UUID clockId);

  List<WorkItem> byCase(UUID caseId);

  /**
   * Open items of the given posts, most urgent first: overdue, red, yellow, green, then by due time
   * and age.
   */
  List<InboxEntry> inbox(Collection<String> postCodes, int limit, int offset);

  /** How many open items the posts hold. */
  int countOpen(Collection<String> postCodes);
}
