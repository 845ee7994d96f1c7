package cn.yangguang.supervision.infrastructure;

import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.persistence.Sql;
import cn.yangguang.supervision.domain.RuleSetting;
import cn.yangguang.supervision.domain.Violation;
import cn.yangguang.supervision.domain.ViolationRepository;
import cn.yangguang.supervision.domain.ViolationRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link ViolationRepository} on {@code yg.supervision_violation} and {@code yg.supervision_rule};
 * the unique key (tenant, rule, subject) makes recording idempotent across nodes and retries.
 */
@ApplicationScoped
public class JdbcViolationRepository implements ViolationRepository {

  private static final String COLUMNS =
      "id, rule, subject_key, case_id, case_number, department_code, step, risk_level, evidence::text"
          + " AS evidence, event_ids, detected_at, occurred_at, status, handled_by, handled_at,"
          + " handled_note";

  @Inject ContainerResources resources;

  private Sql sql() {
    return new Sql(resources.appDataSource());
  }

  @Override
  public boolean addOnce(Violation v) {
    JsonObjectBuilder evidence = Json.createObjectBuilder();
    v.evidence().forEach(evidence::add);
    return sql()
            .update(
                "INSERT INTO yg.supervision_violation (tenant_id, id, rule, subject_key, case_id,"
                    + " case_number, department_code, step, risk_level, evidence, event_ids,"
                    + " detected_at, occurred_at, status) VALUES"
                    + " (current_setting('app.tenant_id')::uuid, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?,"
                    + " ?, ?, 'OPEN') ON CONFLICT (tenant_id, rule, subject_key) DO NOTHING",
                v.id(),
                v.rule(),
                v.subjectKey(),
                v.caseId(),
                v.caseNumber(),
                v.departmentCode(),
                v.step(),
                v.riskLevel(),
                evidence.build().toString(),
                v.eventIds().toArray(String[]::new),
                v.detectedAt(),
                v.occurredAt())
        == 1;
  }

  @Override
  public Optional<Violation> find(UUID id) {
    return sql()
        .one(
            "SELECT " + COLUMNS + " FROM yg.supervision_violation WHERE id = ?",
            JdbcViolationRepository::map,
            id);
  }

  @Override
  public List<Violation> list(ViolationRule rule, Violation.Status status, int limit) {
    return sql()
        .list(
            "SELECT "
                + COLUMNS
                + " FROM yg.supervision_violation WHERE (?::text IS NULL OR rule = ?)"
                + " AND (?::text IS NULL OR status = ?) ORDER BY occurred_at DESC, id LIMIT ?",
            JdbcViolationRepository::map,
            name(rule),
            name(rule),
            name(status),
            name(status),
            limit);
  }

  @Override
  public boolean handle(UUID id, Violation.Status status, String by, Instant at, String note) {
    return sql()
            .update(
                "UPDATE yg.supervision_violation SET status = ?, handled_by = ?, handled_at = ?,"
                    + " handled_note = ? WHERE id = ? AND status = 'OPEN'",
                status,
                by,
                at,
                note,
                id)
        == 1;
  }

  @Override
  public Map<ViolationRule, Integer> openByRule() {
    Map<ViolationRule, Integer> counts = new EnumMap<>(ViolationRule.class);
    for (ViolationRule r : ViolationRule.values()) {
      counts.put(r, 0);
    }
    sql()
        .list(
            "SELECT rule, count(*) FROM yg.supervision_violation WHERE status = 'OPEN' GROUP BY rule",
            rs -> Map.entry(ViolationRule.valueOf(rs.getString(1)), rs.getInt(2)))
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  @Override
  public List<RuleSetting> settings() {
    return sql()
        .list(
            "SELECT rule, enabled, threshold FROM yg.supervision_rule",
            rs ->
                new RuleSetting(
                    ViolationRule.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getInt(3)));
  }

  @Override
  public void saveSetting(RuleSetting s, String by, Instant at) {
    sql()
        .update(
            "INSERT INTO yg.supervision_rule (tenant_id, rule, enabled, threshold, updated_at,"
                + " updated_by) VALUES (current_setting('app.tenant_id')::uuid, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (tenant_id, rule) DO UPDATE SET enabled = EXCLUDED.enabled,"
                + " threshold = EXCLUDED.threshold, updated_at = EXCLUDED.updated_at,"
                + " updated_by = EXCLUDED.updated_by",
            s.rule(),
            s.enabled(),
            s.threshold(),
            at,
            by);
  }

  private static String name(Enum<?> e) {
    return e == null ? null : e.name();
  }

  private static Violation map(ResultSet rs) throws SQLException {
    JsonObject json = Json.createReader(new StringReader(rs.getString("evidence"))).readObject();
    Map<String, String> evidence = new LinkedHashMap<>();
    json.forEach(
        (k, v) -> evidence.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
    Array ids = rs.getArray("event_ids");
    List<String> eventIds =
        ids == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) ids.getArray()));
    return new Violation(
        rs.getObject("id", UUID.class),
        ViolationRule.valueOf(rs.getString("rule")),
        rs.getString("subject_key"),
        rs.getObject("case_id", UUID.class),
        rs.getString("case_number"),
        rs.getString("department_code"),
        rs.getString("step"),
        Sql.integer(rs, "risk_level"),
        evidence,
        eventIds,
        Sql.instant(rs, "detected_at"),
        Sql.instant(rs, "occurred_at"),
        Violation.Status.valueOf(rs.getString("status")),
        rs.getString("handled_by"),
        Sql.instant(rs, "handled_at"),
        rs.getString("handled_note"));
  }
}
