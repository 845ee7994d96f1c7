package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.it.Manifests.TestTenant;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Statutory clocks end to end: start, pause, resume, extend, restart, complete, and the sweep. */
@ExtendWith(TestStack.class)
@Order(80)
class ClocksIT {

  static TestTenant tenant;
  static Http op;

  @BeforeAll
  static void county() {
    tenant = Manifests.fresh("clocks").onboard("钟县");
    op = TestStack.http().asOperator();
  }

  static String clocks() {
    return "/t/" + tenant.slug() + "/api/v1/clocks";
  }

  static JsonObject start(String unit, int limit, String trigger) {
    String body =
        "{\"subjectType\":\"case\",\"subjectId\":\"C-"
            + System.nanoTime()
            + "\",\"step\":\"decision\","
            + "\"regime\":\"LICENSING\",\"unit\":\""
            + unit
            + "\",\"limit\":"
            + limit
            + (trigger == null ? "" : ",\"trigger\":\"" + trigger + "\"")
            + "}";
    Http.Reply r = op.post(clocks(), "application/json", body);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json();
  }

  static JsonObject act(String id, String action, String body, int expected) {
    Http.Reply r = op.post(clocks() + "/" + id + "/" + action, "application/json", body);
    assertThat(r.status()).as(r.toString()).isEqualTo(expected);
    return r.json();
  }

  @Test
  void aLicensingDecisionClockKeepsTheStatutoryDeadline() {
    JsonObject c = start("WORKING_DAYS", 20, "2025-09-26T23:59:00+08:00");
    assertThat(c.getString("deadline")).isEqualTo("2025-10-30");
    assertThat(c.getString("level")).isEqualTo("OVERDUE"); // it is long past
    assertThat(c.getJsonArray("history").getJsonObject(0).getString("kind")).isEqualTo("STARTED");
  }

  @Test
  void pauseResumeExtendRestartComplete() {
    JsonObject c = start("WORKING_DAYS", 20, null);
    String id = c.getString("id");
    String deadline = c.getString("deadline");
    assertThat(c.getString("level")).isEqualTo("GREEN");

    assertThat(CalendarIT.field(op.post(clocks() + "/" + id + "/pause", "application/json", "{}")))
        .isEqualTo("reason");
    assertThat(act(id, "pause", "{\"reason\":\"专家评审\"}", 200).getString("status"))
        .isEqualTo("PAUSED");
    act(id, "pause", "{\"reason\":\"again\"}", 409);
    JsonObject resumed = act(id, "resume", "{}", 200);
    assertThat(resumed.getString("status")).isEqualTo("RUNNING");
    // paused and resumed on the same day: that day is not counted, so the deadline moves by at most
    // a day
    assertThat(resumed.getString("deadline")).isGreaterThanOrEqualTo(deadline);

    JsonObject extended = act(id, "extend", "{\"reason\":\"负责人批准延长\",\"amount\":10}", 200);
    assertThat(extended.getInt("extension")).isEqualTo(10);
    assertThat(extended.getString("deadline")).isGreaterThan(resumed.getString("deadline"));
    assertThat(
            CalendarIT.field(
                op.post(
                    clocks() + "/" + id + "/extend",
                    "application/json",
                    "{\"reason\":\"x\",\"amount\":0}")))
        .isEqualTo("amount");

    JsonObject restarted = act(id, "restart", "{\"reason\":\"补正材料已到\"}", 200);
    assertThat(restarted.getInt("extension")).isZero();

    JsonObject done = act(id, "complete", "{}", 200);
    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(done.getBoolean("onTime")).isTrue();
    act(id, "complete", "{}", 409);
    assertThat(
            done.getJsonArray("history").stream()
                .map(v -> ((JsonObject) v).getString("kind"))
                .toList())
        .containsExactly("STARTED", "PAUSED", "RESUMED", "EXTENDED", "RESTARTED", "COMPLETED");
  }

  @Test
  void theSweepMovesLevelsWithTimeAndPublishesEvents() throws Exception {
    JsonObject c = start("HOURS", 2, null);
    String id = c.getString("id");
    assertThat(c.getString("level")).isEqualTo("GREEN");
    assertThat(Instant.parse(c.getString("nextLevelChangeAt")))
        .isBefore(Instant.parse(c.getString("due")));

    assertThat(
            op.post(
                    "/api/v1/platform/clock/advance",
                    "application/json",
                    "{\"days\":0,\"hours\":3}")
                .status())
        .isEqualTo(200); // the advance runs the sweep
    JsonObject after = op.get(clocks() + "/" + id).json();
    assertThat(after.getString("level")).isEqualTo("OVERDUE");
    assertThat(after.containsKey("nextLevelChangeAt")).isFalse();
    List<String> kinds =
        after.getJsonArray("history").stream()
            .map(v -> ((JsonObject) v).getString("kind"))
            .toList();
    assertThat(kinds).containsExactly("STARTED", "LEVEL_CHANGED");

    try (Connection conn = TestStack.get().superuserDataSource("yangguang").getConnection();
        PreparedStatement ps =
            conn.prepareStatement(
                "SELECT type, payload->>'levelAfter', position FROM yg.outbox_event WHERE subject_id = ? ORDER BY position")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        List<String> events = new java.util.ArrayList<>();
        while (rs.next()) {
          assertThat(rs.getLong(3)).as("a committed event has its position").isPositive();
          events.add(rs.getString(1) + ":" + rs.getString(2));
        }
        assertThat(events).contains("clock.level-changed:OVERDUE");
      }
    }
  }

  @Test
  void aCountyHolidayMovesTheClocksCountingAcrossIt() {
    // 5 working days from 2025-11-05: 11/6, 11/7, 11/10, 11/11, 11/12
    JsonObject c = start("WORKING_DAYS", 5, "2025-11-05T10:00:00+08:00");
    assertThat(c.getString("deadline")).isEqualTo("2025-11-12");
    Http.Reply r =
        op.put(
            "/t/" + tenant.slug() + "/api/v1/calendar/years/2025/overrides",
            "application/json",
            "{\"source\":\"县政府通知（示例）\",\"days\":[{\"date\":\"2025-11-10\",\"kind\":\"HOLIDAY\",\"name\":\"地方假日\"}]}");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().getInt("clocksRecomputed")).isPositive();
    JsonObject after = op.get(clocks() + "/" + c.getString("id")).json();
    assertThat(after.getString("deadline")).isEqualTo("2025-11-13");
    assertThat(
            after.getJsonArray("history").stream()
                .map(v -> ((JsonObject) v).getString("kind"))
                .toList())
        .contains("RECOMPUTED");
  }

  @Test
  void aCountysThresholdsMoveItsClocksAtOnce() {
    JsonObject c = start("WORKING_DAYS", 20, null);
    assertThat(c.getString("regime")).isEqualTo("LICENSING");
    String id = c.getString("id");
    assertThat(
            CalendarIT.field(
                op.put(
                    clocks() + "/policies/LICENSING",
                    "application/json",
                    "{\"yellowPct\":90,\"redPct\":80}")))
        .isEqualTo("yellowPct");
    Http.Reply r =
        op.put(
            clocks() + "/policies/LICENSING", "application/json", "{\"yellowPct\":1,\"redPct\":2}");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().getInt("clocksReevaluated")).isPositive();
    JsonObject after = op.get(clocks() + "/" + id).json();
    // 1% of 20 days is the first counting day, tomorrow: the next change is yellow at its start
    assertThat(Instant.parse(after.getString("nextLevelChangeAt")))
        .isBefore(Instant.parse(c.getString("nextLevelChangeAt")));
    assertThat(
            after.getJsonArray("history").stream()
                .map(v -> ((JsonObject) v).getString("kind"))
                .toList())
        .contains("RECOMPUTED");
  }

  @Test
  void anotherCountysClockIsNotFound() {
    String id = start("WORKING_DAYS", 5, null).getString("id");
    assertThat(op.get("/t/jianshi/api/v1/clocks/" + id).status()).isEqualTo(404);
    assertThat(
            op.post("/t/jianshi/api/v1/clocks/" + id + "/complete", "application/json", "{}")
                .status())
        .isEqualTo(404);
    assertThat(op.get(clocks() + "/" + id).status()).isEqualTo(200);
  }

  @Test
  void badStartsAreRefusedWithTheField() {
    assertThat(
            CalendarIT.field(
                op.post(
                    clocks(),
                    "application/json",
                    "{\"subjectType\":\"case\",\"subjectId\":\"x\",\"step\":\"s\",\"regime\":\"LICENSING\",\"unit\":\"WEEKS\",\"limit\":3}")))
        .isEqualTo("unit");
    assertThat(
            CalendarIT.field(
                op.post(
                    clocks(),
                    "application/json",
                    "{\"subjectType\":\"case\",\"subjectId\":\"x\",\"step\":\"s\",\"regime\":\"LICENSING\",\"unit\":\"HOURS\",\"limit\":-3}")))
        .isEqualTo("limit");
  }
}
