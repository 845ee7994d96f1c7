package cn.yangguang.casework.infrastructure;

import cn.yangguang.casework.domain.WorkItem;
import cn.yangguang.casework.domain.WorkItemRepository;
import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link WorkItemRepository} on {@code yg.work_item}; inboxes join the step's clock to sort by
 * urgency (index {@code work_item_inbox} leads with tenant and post).
 */
@ApplicationScoped
public class JdbcWorkItemRepository implements WorkItemRepository {

  private static final String COLUMNS =
      "w.id, w.case_id, w.task_id, w.step, w.post_code, w.status, w.clock_id, w.created_at,"
          + " w.done_at, w.done_by, w.outcome";

  /** Overdue first, then red, yellow, green; steps without a clock last. */
  private static final String URGENCY =
      "CASE k.level WHEN 'OVERDUE' THEN 0 WHEN 'RED' THEN 1 WHEN 'YELLOW' THEN 2"
          + " WHEN 'GREEN' THEN 3 ELSE 4 END";

  @Inject ContainerResources resources;

  private Sql sql() {
    return new Sql(resources.appDataSource());
  }

  @Override
  public void add(WorkItem i) {
    sql()
        .update(
            "INSERT INTO yg.work_item (tenant_id, id, case_id, task_id, step, post_code, status,"
                + " clock_id, created_at) VALUES (current_setting('app.tenant_id')::uuid, ?, ?, ?,"
                + " ?, ?, 'OPEN', ?, ?)",
            i.id(),
            i.caseId(),
            i.taskId(),
            i.step(),
            i.postCode(),
            i.clockId(),
            i.createdAt());
  }

  @Override
  public void close(String taskId, String doneBy, String outcome, Instant at) {
    sql()
        .update(
            "UPDATE yg.work_item SET status = 'DONE', done_at = ?, done_by = ?, outcome = ?"
                + " WHERE task_id = ? AND status = 'OPEN'",
            at,
            doneBy,
            outcome,
            taskId);
  }

  @Override
  public Optional<WorkItem> find(UUID id) {
    return sql().one("SELECT " + COLUMNS + " FROM yg.work_item w WHERE w.id = ?", this::map, id);
  }

  @Override
  public void reassignClock(UUID id, UUID clockId) {
    sql()
        .update(
            "UPDATE yg.work_item SET clock_id = ? WHERE id = ? AND status = 'OPEN'", clockId, id);
  }

  @Override
  public List<WorkItem> byCase(UUID caseId) {
    return sql()
        .list(
            "SELECT " + COLUMNS + " FROM yg.work_item w WHERE w.case_id = ? ORDER BY w.created_at",
            this::map,
            caseId);
  }

  @Override
  public List<InboxEntry> inbox(Collection<String> postCodes, int limit, int offset) {
    // the page is chosen on the narrow rows (work item + clock) first, and only its lines are
    // joined
    // to their cases: a post with ten thousand open items sorts ten thousand narrow rows, not wide
    // ones
    return sql()
        .list(
            "WITH page AS (SELECT w.*, k.level, k.due_at, "
                + URGENCY
                + " AS urgency"
                + " FROM yg.work_item w"
                + " LEFT JOIN yg.clock k ON k.tenant_id = w.tenant_id AND k.id = w.clock_id"
                + " WHERE w.status = 'OPEN' AND w.post_code = ANY (?)"
                + " ORDER BY urgency, k.due_at NULLS LAST, w.created_at LIMIT ? OFFSET ?)"
                + " SELECT "
                + COLUMNS
                + ", c.case_number, c.item_name, c.status AS case_status, c.applicant_name,"
                + " w.level, w.due_at FROM page w"
                + " JOIN yg.case_file c ON c.tenant_id = w.tenant_id AND c.id = w.case_id"
                + " ORDER BY w.urgency, w.due_at NULLS LAST, w.created_at",
            rs ->
                new InboxEntry(
                    map(rs),
                    rs.getString("case_number"),
                    rs.getString("item_name"),
                    rs.getString("case_status"),
                    rs.getString("level"),
                    Sql.instant(rs, "due_at"),
                    rs.getString("applicant_name")),
            postCodes.toArray(String[]::new),
            limit,
            offset);
  }

  @Override
  public int countOpen(Collection<String> postCodes) {
    return sql()
        .one(
            "SELECT count(*) FROM yg.work_item w WHERE w.status = 'OPEN' AND w.post_code = ANY (?)",
            rs -> rs.getInt(1),
            (Object) postCodes.toArray(String[]::new))
        .orElse(0);
  }

  private WorkItem map(ResultSet rs) throws SQLException {
    return new WorkItem(
        rs.getObject("id", UUID.class),
        rs.getObject("case_id", UUID.class),
        rs.getString("task_id"),
        rs.getString("step"),
        rs.getString("post_code"),
        "OPEN".equals(rs.getString("status")),
        rs.getObject("clock_id", UUID.class),
        Sql.instant(rs, "created_at"),
        Sql.instant(rs, "done_at"),
        rs.getString("done_by"),
        rs.getString("outcome"));
  }
}
