package cn.yangguang.kernel.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Moves every running clock whose next level change is due to its new level, across all tenants, as
 * set- based SQL: one statement per batch finds the due clocks through the partial index on {@code
 * next_transition_at} (so the cost follows the clocks that change, not the clocks that are open),
 * updates their level and next transition, and writes a clock event and an outbox event for each
 * change.
 *
 * <p>Runs as {@code yg_system}; each batch is its own transaction, and {@code SKIP LOCKED} lets a
 * case transaction that holds a clock finish undisturbed (the clock is picked up by the next run).
 */
public final class ClockSweep {

  private static final String SWEEP =
      """
      WITH params AS (SELECT ?::timestamptz AS now, ?::int AS lim),
      due AS (
        SELECT c.tenant_id, c.id, c.level AS old_level FROM yg.clock c, params p
         WHERE c.status = 'RUNNING' AND c.next_transition_at IS NOT NULL AND c.next_transition_at <= p.now
         ORDER BY c.next_transition_at LIMIT (SELECT lim FROM params) FOR UPDATE OF c SKIP LOCKED),
      changed AS (
        UPDATE yg.clock c SET
          level = CASE WHEN p.now >= c.due_at THEN 'OVERDUE' WHEN p.now >= c.red_at THEN 'RED'
                       WHEN p.now >= c.yellow_at THEN 'YELLOW' ELSE 'GREEN' END,
          next_transition_at = CASE WHEN p.now < c.yellow_at THEN c.yellow_at WHEN p.now < c.red_at THEN c.red_at
                                    WHEN p.now < c.due_at THEN c.due_at END,
          version = c.version + 1, updated_at = p.now
          FROM due, params p WHERE c.tenant_id = due.tenant_id AND c.id = due.id
        RETURNING c.tenant_id, c.id, due.old_level, c.level, c.subject_type, c.subject_id, c.step, c.due_at),
      events AS (
        INSERT INTO yg.clock_event (tenant_id, clock_id, at, kind, level_before, level_after, actor, detail)
        SELECT ch.tenant_id, ch.id, p.now, 'LEVEL_CHANGED', ch.old_level, ch.level, 'system:clock-sweep', '{}'
          FROM changed ch, params p WHERE ch.old_level <> ch.level),
      published AS (
        INSERT INTO yg.outbox_event (tenant_id, id, occurred_at, type, subject_type, subject_id, payload)
        SELECT ch.tenant_id, gen_random_uuid(), p.now, 'clock.level-changed', 'clock', ch.id::text,
               jsonb_build_object('levelBefore', ch.old_level, 'levelAfter', ch.level,
                                  'subjectType', ch.subject_type, 'subjectId', ch.subject_id, 'step', ch.step,
                                  'dueAt', ch.due_at)
          FROM changed ch, params p WHERE ch.old_level <> ch.level
        RETURNING 1)
      SELECT (SELECT count(*) FROM changed), (SELECT count(*) FROM published)
      """;

  /** The statement of one batch (parameters: now, batch size), for diagnostics such as EXPLAIN. */
  public static String statement() {
    return SWEEP;
  }

  private final int batchSize;

  /** A sweep that handles at most {@code batchSize} clocks per transaction. */
  public ClockSweep(int batchSize) {
    this.batchSize = batchSize;
  }

  /**
   * Sweeps until no due clock is left.
   *
   * @param c a {@code yg_system} connection with auto-commit off; committed after each batch
   * @param now the platform time
   */
  public Result sweep(Connection c, Instant now) throws SQLException {
    long visited = 0;
    long changed = 0;
    while (true) {
      long batchVisited;
      try (java.sql.Statement plan = c.createStatement()) {
        // A batch touches a few thousand clocks among possibly millions: the planner must reach
        // them
        // through the keys, never by scanning the table (which would make the cost follow the open
        // clocks).
        plan.execute("SET LOCAL enable_seqscan = off");
        plan.execute("SET LOCAL enable_hashjoin = off");
        plan.execute("SET LOCAL enable_mergejoin = off");
      }
      try (PreparedStatement ps = c.prepareStatement(SWEEP)) {
        ps.setTimestamp(1, Timestamp.from(now));
        ps.setInt(2, batchSize);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          batchVisited = rs.getLong(1);
          changed += rs.getLong(2);
        }
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
      c.commit();
      visited += batchVisited;
      if (batchVisited < batchSize) {
        return new Result(visited, changed);
      }
    }
  }

  /**
   * What a sweep did.
   *
   * @param visited clocks whose next transition was due
   * @param changed clocks whose level changed (events written)
   */
  public record Result(long visited, long changed) {}
}
