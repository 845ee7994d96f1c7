package cn.yangguang.kernel.clock.infrastructure;

import cn.yangguang.kernel.calendar.domain.TimeUnit;
import cn.yangguang.kernel.clock.domain.Clock;
import cn.yangguang.kernel.clock.domain.ClockLevel;
import cn.yangguang.kernel.clock.domain.ClockPolicy;
import cn.yangguang.kernel.clock.domain.ClockRepository;
import cn.yangguang.kernel.clock.domain.ClockRules.Thresholds;
import cn.yangguang.kernel.clock.domain.ClockStatus;
import cn.yangguang.kernel.persistence.ContainerResources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/** Clocks in {@code yg.clock} and their history in {@code yg.clock_event}. */
@ApplicationScoped
public class JdbcClockRepository implements ClockRepository {

  private static final String COLUMNS =
      "tenant_id, id, subject_type, subject_id, step, regime, unit, limit_amount, triggered_at,"
          + " extension_amount, anchor_at, consumed, status, level, yellow_at, red_at, due_at, deadline_date,"
          + " missing_years, next_transition_at, paused_at, pause_reason, completed_at, on_time, version";

  @Inject ContainerResources resources;

  @Override
  public Optional<Clock> lock(UUID id) {
    return one("SELECT " + COLUMNS + " FROM yg.clock WHERE id = ? FOR UPDATE", id);
  }

  @Override
  public Optional<Clock> find(UUID id) {
    return one("SELECT " + COLUMNS + " FROM yg.clock WHERE id = ?", id);
  }

  @Override
  public List<Clock> lockAffectedBy(int year) {
    List<Clock> out = new ArrayList<>();
    execute(
        "SELECT "
            + COLUMNS
            + " FROM yg.clock WHERE status IN ('RUNNING', 'PAUSED') AND (provisional"
            + " OR (deadline_date >= make_date(?, 1, 1) AND anchor_at < make_date(? + 1, 1, 1)))"
            + " ORDER BY id FOR UPDATE",
        ps -> {
          ps.setInt(1, year);
          ps.setInt(2, year);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(new Clock(read(rs)));
            }
          }
        });
    return out;
  }

  @Override
  public void add(Clock clock) {
    Clock.Snapshot s = clock.snapshot();
    execute(
        "INSERT INTO yg.clock ("
            + COLUMNS
            + ", provisional, created_at, updated_at) VALUES"
            + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), now())",
        ps -> {
          bindAll(ps, s);
          ps.setBoolean(26, !clock.missingYears().isEmpty());
          ps.executeUpdate();
        });
  }

  @Override
  public void update(Clock clock) {
    Clock.Snapshot s = clock.snapshot();
    int[] updated = new int[1];
    execute(
        "UPDATE yg.clock SET extension_amount = ?, anchor_at = ?, consumed = ?, status = ?, level = ?,"
            + " yellow_at = ?, red_at = ?, due_at = ?, deadline_date = ?, missing_years = ?,"
            + " next_transition_at = ?, paused_at = ?, pause_reason = ?, completed_at = ?, on_time = ?,"
            + " provisional = ?, version = version + 1, updated_at = now() WHERE id = ? AND version = ?",
        ps -> {
          Thresholds t = s.thresholds();
          ps.setInt(1, s.extension());
          ps.setTimestamp(2, ts(s.anchorAt()));
          ps.setLong(3, s.consumed());
          ps.setString(4, s.status().name());
          ps.setString(5, s.level().name());
          ps.setTimestamp(6, t == null ? null : ts(t.yellowAt()));
          ps.setTimestamp(7, t == null ? null : ts(t.redAt()));
          ps.setTimestamp(8, t == null ? null : ts(t.dueAt()));
          ps.setObject(9, t == null ? null : t.deadlineDate());
          ps.setArray(10, years(ps.getConnection(), clock));
          ps.setTimestamp(11, ts(s.nextTransitionAt()));
          ps.setTimestamp(12, ts(s.pausedAt()));
          ps.setString(13, s.pauseReason());
          ps.setTimestamp(14, ts(s.completedAt()));
          ps.setObject(15, s.onTime());
          ps.setBoolean(16, !clock.missingYears().isEmpty());
          ps.setObject(17, s.id());
          ps.setInt(18, s.version());
          updated[0] = ps.executeUpdate();
        });
    if (updated[0] != 1) {
      throw new IllegalStateException("clock " + s.id() + " was changed by someone else");
    }
  }

  @Override
  public void recordEvent(
      UUID clockId, Clock.ClockChange change, String actor, Instant at, String detailJson) {
    execute(
        "INSERT INTO yg.clock_event (tenant_id, clock_id, at, kind, level_before, level_after, actor, reason, detail)"
            + " SELECT tenant_id, id, ?, ?, ?, ?, ?, ?, ?::jsonb FROM yg.clock WHERE id = ?",
        ps -> {
          ps.setTimestamp(1, ts(at));
          ps.setString(2, change.kind());
          ps.setString(3, change.before() == null ? null : change.before().name());
          ps.setString(4, change.after() == null ? null : change.after().name());
          ps.setString(5, actor);
          ps.setString(6, change.reason());
          ps.setString(7, detailJson == null ? "{}" : detailJson);
          ps.setObject(8, clockId);
          ps.executeUpdate();
        });
  }

  @Override
  public List<ClockEventView> events(UUID clockId) {
    List<ClockEventView> out = new ArrayList<>();
    execute(
        "SELECT seq, at, kind, level_before, level_after, actor, reason FROM yg.clock_event WHERE clock_id = ?"
            + " ORDER BY seq",
        ps -> {
          ps.setObject(1, clockId);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(
                  new ClockEventView(
                      rs.getLong(1),
                      rs.getTimestamp(2).toInstant(),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getString(6),
                      rs.getString(7)));
            }
          }
        });
    return out;
  }

  @Override
  public List<Clock> lockOpen(String regime) {
    List<Clock> out = new ArrayList<>();
    execute(
        "SELECT "
            + COLUMNS
            + " FROM yg.clock WHERE regime = ? AND status IN ('RUNNING', 'PAUSED')"
            + " ORDER BY id FOR UPDATE",
        ps -> {
          ps.setString(1, regime);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(new Clock(read(rs)));
            }
          }
        });
    return out;
  }

  @Override
  public void savePolicy(UUID tenantId, ClockPolicy policy) {
    execute(
        "INSERT INTO yg.clock_policy (id, tenant_id, regime, yellow_pct, red_pct) VALUES (?, ?, ?, ?, ?)"
            + " ON CONFLICT (COALESCE(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid),"
            + " COALESCE(province_code, ''), regime) DO UPDATE SET yellow_pct = EXCLUDED.yellow_pct,"
            + " red_pct = EXCLUDED.red_pct",
        ps -> {
          ps.setObject(1, UUID.randomUUID());
          ps.setObject(2, tenantId);
          ps.setString(3, policy.regime());
          ps.setInt(4, policy.yellowPct());
          ps.setInt(5, policy.redPct());
          ps.executeUpdate();
        });
  }

  @Override
  public ClockPolicy policy(String regime) {
    List<ClockPolicy> found = new ArrayList<>();
    execute(
        "SELECT regime, yellow_pct, red_pct FROM yg.clock_policy WHERE regime IN (?, 'DEFAULT') ORDER BY"
            + " (regime = 'DEFAULT'), CASE WHEN tenant_id IS NOT NULL THEN 0 WHEN province_code IS NOT NULL THEN 1"
            + " ELSE 2 END LIMIT 1",
        ps -> {
          ps.setString(1, regime);
          try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
              found.add(new ClockPolicy(regime, rs.getInt(2), rs.getInt(3)));
            }
          }
        });
    return found.isEmpty() ? new ClockPolicy(regime, 60, 85) : found.get(0);
  }

  private Optional<Clock> one(String sql, UUID id) {
    return query(sql, id).stream().findFirst();
  }

  private List<Clock> query(String sql, UUID id) {
    List<Clock> out = new ArrayList<>();
    execute(
        sql,
        ps -> {
          if (id != null) {
            ps.setObject(1, id);
          }
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(new Clock(read(rs)));
            }
          }
        });
    return out;
  }

  private static Clock.Snapshot read(ResultSet rs) throws SQLException {
    Instant yellow = instant(rs, "yellow_at");
    Thresholds t = null;
    if (yellow != null) {
      TreeSet<Integer> missing = new TreeSet<>();
      Array a = rs.getArray("missing_years");
      if (a != null) {
        for (Object y : (Object[]) a.getArray()) {
          missing.add(((Number) y).intValue());
        }
      }
      t =
          new Thresholds(
              yellow,
              instant(rs, "red_at"),
              instant(rs, "due_at"),
              rs.getObject("deadline_date", LocalDate.class),
              missing);
    }
    return new Clock.Snapshot(
        rs.getObject("tenant_id", UUID.class),
        rs.getObject("id", UUID.class),
        rs.getString("subject_type"),
        rs.getString("subject_id"),
        rs.getString("step"),
        rs.getString("regime"),
        TimeUnit.valueOf(rs.getString("unit")),
        rs.getInt("limit_amount"),
        instant(rs, "triggered_at"),
        rs.getInt("extension_amount"),
        instant(rs, "anchor_at"),
        rs.getLong("consumed"),
        ClockStatus.valueOf(rs.getString("status")),
        ClockLevel.valueOf(rs.getString("level")),
        t,
        instant(rs, "next_transition_at"),
        instant(rs, "paused_at"),
        rs.getString("pause_reason"),
        instant(rs, "completed_at"),
        (Boolean) rs.getObject("on_time"),
        rs.getInt("version"));
  }

  private static void bindAll(PreparedStatement ps, Clock.Snapshot s) throws SQLException {
    Thresholds t = s.thresholds();
    ps.setObject(1, s.tenantId());
    ps.setObject(2, s.id());
    ps.setString(3, s.subjectType());
    ps.setString(4, s.subjectId());
    ps.setString(5, s.step());
    ps.setString(6, s.regime());
    ps.setString(7, s.unit().name());
    ps.setInt(8, s.limit());
    ps.setTimestamp(9, ts(s.triggeredAt()));
    ps.setInt(10, s.extension());
    ps.setTimestamp(11, ts(s.anchorAt()));
    ps.setLong(12, s.consumed());
    ps.setString(13, s.status().name());
    ps.setString(14, s.level().name());
    ps.setTimestamp(15, t == null ? null : ts(t.yellowAt()));
    ps.setTimestamp(16, t == null ? null : ts(t.redAt()));
    ps.setTimestamp(17, t == null ? null : ts(t.dueAt()));
    ps.setObject(18, t == null ? null : t.deadlineDate());
    ps.setArray(
        19,
        ps.getConnection()
            .createArrayOf("int4", t == null ? new Object[0] : t.missingYears().toArray()));
    ps.setTimestamp(20, ts(s.nextTransitionAt()));
    ps.setTimestamp(21, ts(s.pausedAt()));
    ps.setString(22, s.pauseReason());
    ps.setTimestamp(23, ts(s.completedAt()));
    ps.setObject(24, s.onTime());
    ps.setInt(25, s.version());
  }

  private static Array years(Connection c, Clock clock) throws SQLException {
    return c.createArrayOf("int4", clock.missingYears().toArray());
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }

  @FunctionalInterface
  private interface Work {
    void run(PreparedStatement ps) throws SQLException;
  }

  private void execute(String sql, Work work) {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      work.run(ps);
    } catch (SQLException e) {
      throw new IllegalStateException("clock storage failed: " + e.getMessage(), e);
    }
  }
}
