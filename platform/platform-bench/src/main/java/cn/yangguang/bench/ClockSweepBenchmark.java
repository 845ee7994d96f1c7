package cn.yangguang.bench;

import cn.yangguang.kernel.system.ClockSweep;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The clock sweep at scale: N open clocks of which a share is due to change level, swept with the
 * platform's own {@link ClockSweep} as {@code yg_system}. Reports how the sweep time grows with the
 * open clocks (the due share fixed) and with the due clocks (the open count fixed).
 */
final class ClockSweepBenchmark {

  private final DataSource system;
  private final DataSource owner;
  private final UUID tenant;

  /**
   * @param system {@code yg_system}, the role the sweep runs as
   * @param owner a superuser connection for loading and removing the benchmark's clocks
   */
  ClockSweepBenchmark(DataSource system, DataSource owner, UUID tenant) {
    this.system = system;
    this.owner = owner;
    this.tenant = tenant;
  }

  /** One measurement. */
  record Run(long open, long due, long changed, double millis) {}

  List<Run> run() throws SQLException {
    List<Run> runs = new ArrayList<>();
    long[][] cases = {
      {250_000, 2_500},
      {500_000, 5_000},
      {1_000_000, 10_000},
      {1_000_000, 5_000},
      {1_000_000, 20_000}
    };
    long loaded = 0;
    for (long[] c : cases) {
      if (c[0] != loaded) {
        load(c[0]);
        loaded = c[0];
      }
      makeDue(c[1]);
      runs.add(sweep(c[0], c[1]));
    }
    clean();
    return runs;
  }

  static void print(List<Run> runs) {
    System.out.println();
    System.out.println(
        "Clock sweep (yg_system, one node): level changes found through the next-transition index");
    System.out.printf(
        Locale.ROOT,
        "%12s %10s %10s %10s %14s%n",
        "open clocks",
        "due",
        "changed",
        "sweep ms",
        "us per change");
    for (Run r : runs) {
      System.out.printf(
          Locale.ROOT,
          "%12d %10d %10d %10.0f %14.1f%n",
          r.open(),
          r.due(),
          r.changed(),
          r.millis(),
          r.changed() == 0 ? 0 : r.millis() * 1000 / r.changed());
    }
    Run target =
        runs.stream()
            .filter(r -> r.open() == 1_000_000 && r.due() == 10_000)
            .findFirst()
            .orElseThrow();
    System.out.println(
        "Target (1,000,000 open, 1% due, <= 2 s): "
            + (target.millis() <= 2000 ? "met" : "NOT met")
            + String.format(Locale.ROOT, " (%.0f ms)", target.millis()));
  }

  private void load(long n) throws SQLException {
    clean();
    try (Connection c = owner.getConnection();
        Statement s = c.createStatement()) {
      // Open clocks whose next change lies 1 to 30 days ahead: none is due yet.
      s.execute(
          "INSERT INTO yg.clock (tenant_id, id, subject_type, subject_id, step, regime, unit, limit_amount,"
              + " triggered_at, anchor_at, status, level, yellow_at, red_at, due_at, deadline_date,"
              + " next_transition_at, created_at, updated_at)"
              + " SELECT '"
              + tenant
              + "', gen_random_uuid(), 'bench', 'B-' || g, 'step', 'LICENSING', 'HOURS', 720,"
              + " now(), now(), 'RUNNING', 'GREEN', t, t + interval '5 days', t + interval '10 days',"
              + " (t + interval '10 days')::date, t, now(), now()"
              + " FROM (SELECT g, now() + (1 + random() * 29) * interval '1 day' AS t"
              + " FROM generate_series(1, "
              + n
              + ") g) x");
      s.execute("ANALYZE yg.clock");
    }
  }

  private void makeDue(long due) throws SQLException {
    try (Connection c = owner.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE yg.clock SET yellow_at = now() - interval '1 minute', next_transition_at = now() - interval"
                    + " '1 minute' WHERE (tenant_id, id) IN (SELECT tenant_id, id FROM yg.clock WHERE subject_type"
                    + " = 'bench' AND level = 'GREEN' AND status = 'RUNNING' AND next_transition_at > now() LIMIT ?)")) {
      ps.setLong(1, due);
      ps.executeUpdate();
    }
  }

  private Run sweep(long open, long due) throws SQLException {
    if (Boolean.getBoolean("yg.bench.explain") && open == 1_000_000 && due == 10_000) {
      explain();
    }
    try (Connection c = system.getConnection()) {
      c.setAutoCommit(false);
      long start = System.nanoTime();
      ClockSweep.Result r =
          new ClockSweep(Integer.getInteger("yg.bench.sweep-batch", 10_000))
              .sweep(c, Instant.now());
      double millis = (System.nanoTime() - start) / 1e6;
      return new Run(open, due, r.changed(), millis);
    }
  }

  /** Prints the plan of one sweep batch with its timings, then rolls the batch back. */
  private void explain() throws SQLException {
    try (Connection c = system.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SET LOCAL enable_seqscan = off");
        s.execute("SET LOCAL enable_hashjoin = off");
        s.execute("SET LOCAL enable_mergejoin = off");
      }
      try (PreparedStatement ps =
          c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + ClockSweep.statement())) {
        ps.setTimestamp(1, java.sql.Timestamp.from(Instant.now()));
        ps.setInt(2, 5000);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            System.out.println("  " + rs.getString(1));
          }
        }
      }
      c.rollback();
    }
  }

  private void clean() throws SQLException {
    try (Connection c = owner.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "DELETE FROM yg.clock_event WHERE clock_id IN (SELECT id FROM yg.clock WHERE subject_type = 'bench')");
      s.execute("DELETE FROM yg.clock WHERE subject_type = 'bench'");
    }
  }

  static UUID tenantId(DataSource system, String slug) throws SQLException {
    try (Connection c = system.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT id FROM yg.tenant WHERE slug = ?")) {
      ps.setString(1, slug);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getObject(1, UUID.class);
      }
    }
  }
}
