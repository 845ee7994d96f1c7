package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Electronic supervision against the real stack: an overdue case and a wrong fee appear as
 * violations with their evidence in jianshi's supervision console, a clean case raises none; a
 * supervision order to a department turns red when its reply deadline passes (the platform clock
 * moves, so that test runs last); the Hubei province admin sees jianshi's overdue count beside its
 * other counties and never shenqiu's, and each look is in jianshi's audit trail.
 */
@ExtendWith(TestStack.class)
@Order(72)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisionIT {

  static final CaseworkClient jianshi = new CaseworkClient("jianshi");
  static final Http anon = TestStack.http();
  static final Http supervisor = anon.as("jianshi.supervisor");
  static final String API = "/t/jianshi/api/v1/supervision";

  @Test
  @Order(1)
  void aWrongFeeIsAViolationWithExpectedAndActualAmountsAndACleanCaseIsNot() throws Exception {
    Http clerk = anon.as("jianshi.landclerk");
    CaseworkClient.Submitted s = jianshi.apply(clerk, "422822-ZRZYJ-0007"); // 80 元 per case
    assertThat(jianshi.action(clerk, s.id(), "accept", null).status()).isEqualTo(200);
    assertThat(jianshi.action(clerk, s.id(), "fee", "{\"amount\":100}").status()).isEqualTo(200);
    CaseworkClient.Submitted clean = jianshi.apply(anon.as("resident1"), CaseworkIT.PROMISE_ITEM);
    assertThat(jianshi.action(anon.as("jianshi.clerk"), clean.id(), "accept", null).status())
        .isEqualTo(200);

    JsonObject fee = await("FEE_DIFFERS", v -> s.number().equals(v.getString("caseNumber")));
    JsonObject evidence = fee.getJsonObject("evidence");
    assertThat(evidence.getString("expected")).isEqualTo("80.00");
    assertThat(evidence.getString("actual")).isEqualTo("100.00");
    assertThat(evidence.getString("caseNumber")).isEqualTo(s.number());
    assertThat(fee.getString("departmentCode")).isEqualTo("jsx-zrzyj");
    assertThat(fee.getJsonArray("eventIds").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .anyMatch(id -> id.startsWith("outbox:"))
        .anyMatch(id -> id.startsWith("case-event:"));
    assertThat(fee.getInt("riskLevel")).as("the fee step is a level-1 risk point").isEqualTo(1);

    // the same case examined again (a full scan) records nothing twice
    supervisor.post(API + "/violations/scan", "application/json", "");
    assertThat(
            violations("FEE_DIFFERS").stream()
                .filter(v -> s.number().equals(v.getString("caseNumber"))))
        .hasSize(1);
    assertThat(violations(null).stream().map(v -> v.getString("caseNumber")))
        .doesNotContain(clean.number());

    String page = supervisor.get("/t/jianshi/console/supervision").body();
    assertThat(page).contains(s.number()).contains("收费与标准不符").contains("100");
  }

  @Test
  @Order(2)
  void theSeededOverdueCaseIsAViolationWithItsClockInTheConsole() throws Exception {
    JsonObject overdue = await("OVERDUE_CASE", v -> true);
    JsonObject evidence = overdue.getJsonObject("evidence");
    assertThat(evidence.getString("clock")).isNotBlank();
    assertThat(evidence.getString("dueAt")).isNotBlank();
    assertThat(evidence.getString("level")).isIn("OVERDUE", "GREEN", "YELLOW", "RED");
    assertThat(overdue.getString("caseNumber")).isNotBlank();
    String page = supervisor.get("/t/jianshi/console/supervision").body();
    assertThat(page).contains(overdue.getString("caseNumber")).contains("办件超期");
    // the figures count the case as overdue
    assertThat(supervisor.get(API + "/figures").json().getInt("overdueCases")).isPositive();
  }

  @Test
  @Order(3)
  void onlySupervisorsAndAdminsSeeViolationsAndOnlySupervisorsScan() {
    assertThat(anon.as("jianshi.clerk").get(API + "/violations").status()).isEqualTo(403);
    assertThat(anon.as("jianshi.admin").get(API + "/violations").status()).isEqualTo(200);
    assertThat(
            anon.as("jianshi.admin")
                .post(API + "/violations/scan", "application/json", "")
                .status())
        .isEqualTo(403);
    assertThat(anon.get(API + "/violations").status()).isEqualTo(401);
    assertThat(anon.as("kaizhou.supervisor").get(API + "/violations").status()).isEqualTo(403);
  }

  @Test
  @Order(3)
  void riskPointsCarryTheirControlsAndTheMonitoredOnesCountTheirViolations() {
    List<JsonObject> points =
        supervisor.get(API + "/risk-points").array().getValuesAs(JsonObject.class);
    JsonObject fee =
        points.stream()
            .filter(w -> w.getJsonObject("point").getString("step").equals("fee"))
            .findFirst()
            .orElseThrow();
    assertThat(fee.getBoolean("monitored")).isTrue();
    assertThat(fee.getJsonObject("point").getString("control")).contains("收费标准");
    Http.Reply added =
        supervisor.postJson(
            API + "/risk-points",
            "{\"step\":\"forward\",\"level\":3,\"description\":\"上报拖延\",\"control\":\"1 个工作日计时\"}");
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(
            supervisor
                .postJson(
                    API + "/risk-points",
                    "{\"step\":\"Bad Step\",\"level\":1,\"description\":\"d\",\"control\":\"c\"}")
                .status())
        .isEqualTo(422);
    assertThat(
            supervisor
                .postJson(
                    API + "/risk-points",
                    "{\"step\":\"review\",\"level\":4,\"description\":\"d\",\"control\":\"c\"}")
                .status())
        .isEqualTo(400);
    assertThat(supervisor.get("/t/jianshi/console/supervision").body()).contains("上报拖延");
  }

  @Test
  @Order(4)
  void hubeiSeesJianshisOverdueCountAndNeverShenqiu() throws Exception {
    int before = supervisor.get(API + "/figures").json().getInt("overdueCases");
    assertThat(before).isPositive();
    Http hubei = anon.as("hubei.admin");
    Http.Reply r = hubei.get("/api/v1/oversight/supervision/provinces/420000");
    int after = supervisor.get(API + "/figures").json().getInt("overdueCases");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<JsonObject> rows = r.array().getValuesAs(JsonObject.class);
    assertThat(rows)
        .extracting(o -> o.getString("slug"))
        .contains("jianshi")
        .doesNotContain("shenqiu");
    JsonObject js =
        rows.stream().filter(o -> o.getString("slug").equals("jianshi")).findFirst().orElseThrow();
    // the sweep may turn another case overdue meanwhile: the count lies between the two reads
    assertThat(js.getJsonObject("figures").getInt("overdueCases")).isBetween(before, after);
    assertThat(hubei.get("/api/v1/oversight/supervision/provinces/410000").status()).isEqualTo(403);
    assertThat(hubei.get("/api/v1/oversight/supervision/counties/shenqiu").status()).isEqualTo(403);
    assertThat(hubei.get("/oversight/counties/shenqiu").status()).isEqualTo(403);
    assertThat(
            anon.as("henan.admin").get("/api/v1/oversight/supervision/counties/jianshi").status())
        .isEqualTo(403);
    assertThat(
            anon.as("jianshi.supervisor")
                .get("/api/v1/oversight/supervision/provinces/420000")
                .status())
        .isEqualTo(403);

    String page = hubei.get("/oversight/provinces/420000").body();
    assertThat(page).contains("建始县").doesNotContain("沈丘县").contains("<svg");
    Http.Reply drill = hubei.get("/oversight/counties/jianshi");
    assertThat(drill.status()).isEqualTo(200);
    assertThat(drill.body()).contains("只读").doesNotContain("name=\"action\"");
    JsonObject county = hubei.get("/api/v1/oversight/supervision/counties/jianshi").json();
    assertThat(county.getJsonObject("figures").getInt("overdueCases"))
        .isGreaterThanOrEqualTo(before);
    assertThat(audited("hubei.admin", "oversight.drill")).isGreaterThanOrEqualTo(2);
    assertThat(audited("hubei.admin", "oversight.compare")).isGreaterThanOrEqualTo(2);

    // a prefecture admin sees her prefecture's counties only
    List<JsonObject> enshi =
        anon.as("enshi.admin")
            .get("/api/v1/oversight/supervision/prefectures/422800")
            .array()
            .getValuesAs(JsonObject.class);
    assertThat(enshi).extracting(o -> o.getString("slug")).containsExactly("jianshi");
    assertThat(
            anon.as("enshi.admin").get("/api/v1/oversight/supervision/provinces/420000").status())
        .isEqualTo(403);
  }

  @Test
  @Order(5)
  void journalsWrittenOutsideTheRulesAndCasesEnteredAfterTheFactAreCaught() throws Exception {
    CaseworkClient.Submitted s = jianshi.apply(anon.as("resident1"), CaseworkIT.PROMISE_ITEM);
    // what an import from an old system could bring: a decision before acceptance, two notices
    try (Connection c = TestStack.get().superuserDataSource("yangguang").getConnection()) {
      for (String kind : List.of("approved", "supplement-requested", "supplement-requested")) {
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO yg.case_event (tenant_id, case_id, seq, at, kind, status, actor)"
                    + " SELECT f.tenant_id, f.id, (SELECT max(seq) + 1 FROM yg.case_event e"
                    + " WHERE e.case_id = f.id), now(), ?, 'RECEIVED', 'legacy-import'"
                    + " FROM yg.case_file f WHERE f.id = ?::uuid")) {
          ps.setString(1, kind);
          ps.setString(2, s.id());
          assertThat(ps.executeUpdate()).isEqualTo(1);
        }
      }
    }
    assertThat(supervisor.post(API + "/violations/scan", "application/json", "").status())
        .isEqualTo(200);
    JsonObject process = await("OUT_OF_PROCESS", v -> s.number().equals(v.getString("caseNumber")));
    assertThat(process.getJsonObject("evidence").getString("why")).isEqualTo("before-acceptance");
    assertThat(process.getJsonObject("evidence").getString("actor")).isEqualTo("legacy-import");
    JsonObject repeated =
        await("REPEATED_SUPPLEMENT", v -> s.number().equals(v.getString("caseNumber")));
    assertThat(repeated.getJsonObject("evidence").getString("actual")).isEqualTo("2");
    // the demo cases entered weeks after their receipt show the late-registration sign
    assertThat(violations("OUTSIDE_CENTRE"))
        .anySatisfy(
            v ->
                assertThat(v.getJsonObject("evidence").getString("sign"))
                    .isEqualTo("late-registration"));
    // a rule is switched off and on again, each change audited
    Http.Reply off =
        supervisor.put(
            API + "/rules/REPEATED_SUPPLEMENT",
            "application/json",
            "{\"enabled\":false,\"threshold\":1}");
    assertThat(off.status()).as(off.body()).isEqualTo(200);
    assertThat(supervisor.get(API + "/rules").body()).contains("\"enabled\":false");
    assertThat(
            supervisor
                .put(
                    API + "/rules/NO_SUCH",
                    "application/json",
                    "{\"enabled\":true,\"threshold\":1}")
                .status())
        .isEqualTo(404);
    supervisor.put(
        API + "/rules/REPEATED_SUPPLEMENT",
        "application/json",
        "{\"enabled\":true,\"threshold\":1}");
    assertThat(audited("jianshi.supervisor", "supervision.rule")).isGreaterThanOrEqualTo(2);
  }

  @Test
  @Order(6)
  void aSecondYellowCardEscalatesToRedAndCardsLowerTheDepartmentsScore() {
    JsonObject before = departmentRow("jsx-jyj");
    Http.Reply first =
        supervisor.postJson(
            API + "/cards",
            "{\"colour\":\"YELLOW\",\"department\":\"jsx-jyj\",\"reason\":\"督办单逾期未答复\"}");
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.json().getString("colour")).isEqualTo("YELLOW");
    JsonObject second =
        supervisor
            .postJson(
                API + "/cards",
                "{\"colour\":\"YELLOW\",\"department\":\"jsx-jyj\",\"staff\":\"jianshi.clerk\","
                    + "\"reason\":\"再次逾期\"}")
            .json();
    assertThat(second.getString("colour")).isEqualTo("RED");
    assertThat(second.getString("escalatedFrom")).isEqualTo(first.json().getString("id"));
    assertThat(
            supervisor
                .postJson(
                    API + "/cards",
                    "{\"colour\":\"BLUE\",\"department\":\"jsx-jyj\",\"reason\":\"x\"}")
                .status())
        .isEqualTo(400);
    assertThat(
            supervisor
                .postJson(
                    API + "/cards",
                    "{\"colour\":\"RED\",\"department\":\"no-such\",\"reason\":\"x\"}")
                .status())
        .isEqualTo(422);
    assertThat(
            anon.as("jianshi.admin")
                .postJson(
                    API + "/cards",
                    "{\"colour\":\"RED\",\"department\":\"jsx-jyj\",\"reason\":\"x\"}")
                .status())
        .isEqualTo(403);
    JsonObject after = departmentRow("jsx-jyj");
    assertThat(after.getInt("yellowCards")).isEqualTo(before.getInt("yellowCards", 0) + 1);
    assertThat(after.getInt("redCards")).isEqualTo(before.getInt("redCards", 0) + 1);
    assertThat(after.getJsonNumber("score").doubleValue())
        .isLessThanOrEqualTo(Math.max(0, before.getJsonNumber("score").doubleValue() - 15));
    assertThat(anon.as("jianshi.deptadmin").get(API + "/cards").body()).doesNotContain("jsx-jyj");
  }

  /** The department's row of this month's report (an empty row when it has none yet). */
  static JsonObject departmentRow(String code) {
    return supervisor
        .get(API + "/performance")
        .json()
        .getJsonArray("departments")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(r -> r.getString("unit").equals(code))
        .findFirst()
        .orElse(jakarta.json.Json.createObjectBuilder().add("score", 100.0).build());
  }

  @Test
  @Order(100)
  @Tag("moves-clock")
  void anOrderTurnsRedWhenItsReplyDeadlinePassesAndALateReplyIsMarked() throws Exception {
    Http.Reply issued =
        supervisor.postJson(
            API + "/orders",
            "{\"department\":\"jsx-fgj\",\"subject\":\"超期办件督办\",\"detail\":\"请说明原因并限期办结\","
                + "\"replyDays\":2}");
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    JsonObject order = issued.json().getJsonObject("order");
    String id = order.getString("id");
    assertThat(issued.json().getJsonObject("clock").getString("warning")).isEqualTo("green");
    // bad input: refused field by field, nothing written
    Http.Reply bad =
        supervisor.postJson(
            API + "/orders",
            "{\"department\":\"no-such\",\"subject\":\"x\",\"detail\":\"y\",\"replyDays\":2}");
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.body()).contains("department");
    assertThat(
            supervisor
                .postJson(API + "/orders", "{\"department\":\"jsx-fgj\",\"replyDays\":0}")
                .status())
        .isEqualTo(400);

    Http.Reply moved = anon.asOperator().postJson("/api/v1/platform/clock/advance", "{\"days\":6}");
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    JsonObject now = null;
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < until) {
      now = supervisor.get(API + "/orders/" + id).json();
      if ("OVERDUE".equals(now.getJsonObject("clock").getString("level"))) {
        break;
      }
      Thread.sleep(200);
    }
    assertThat(now.getJsonObject("clock").getString("level")).isEqualTo("OVERDUE");
    assertThat(now.getJsonObject("clock").getString("warning")).isEqualTo("red");
    String page = supervisor.get("/t/jianshi/console/supervision").body();
    assertThat(page)
        .contains("data-order=\"" + order.getString("number") + "\" data-warning=\"red\"");
    assertThat(supervisor.get(API + "/figures").json().getInt("overdueOrders")).isPositive();

    // another department's admin may not answer; the department's own may, and it is late
    Http.Reply other =
        anon.as("kaizhou.deptadmin").postJson(API + "/orders/" + id + "/reply", "{\"text\":\"x\"}");
    assertThat(other.status()).isEqualTo(403);
    Http.Reply replied =
        anon.as("jianshi.deptadmin")
            .postJson(API + "/orders/" + id + "/reply", "{\"text\":\"已查明原因，三日内办结\"}");
    assertThat(replied.status()).as(replied.body()).isEqualTo(200);
    assertThat(replied.json().getJsonObject("order").getString("status")).isEqualTo("REPLIED");
    assertThat(replied.json().getJsonObject("order").getBoolean("repliedLate")).isTrue();
    assertThat(replied.json().getJsonObject("clock").getString("status")).isEqualTo("COMPLETED");
    assertThat(
            anon.as("jianshi.deptadmin")
                .postJson(API + "/orders/" + id + "/reply", "{\"text\":\"again\"}")
                .status())
        .isEqualTo(409);
    JsonObject closed =
        supervisor.postJson(API + "/orders/" + id + "/close", "{\"text\":\"整改到位\"}").json();
    assertThat(closed.getJsonObject("order").getString("status")).isEqualTo("CLOSED");
  }

  static List<JsonObject> violations(String rule) {
    Http.Reply r = supervisor.get(API + "/violations" + (rule == null ? "" : "?rule=" + rule));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.array().getValuesAs(JsonObject.class);
  }

  /** Waits (at most 30 s) for a violation of the rule matching {@code which}. */
  static JsonObject await(String rule, Predicate<JsonObject> which) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      var hit = violations(rule).stream().filter(which).findFirst();
      if (hit.isPresent()) {
        return hit.get();
      }
      assertThat(System.nanoTime()).as("a " + rule + " violation").isLessThan(until);
      Thread.sleep(250);
    }
  }

  static int audited(String actor, String action) throws Exception {
    try (Connection c = TestStack.get().superuserDataSource("yangguang").getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT count(*) FROM yg.audit_entry a JOIN yg.tenant t ON t.id = a.tenant_id"
                    + " WHERE t.slug = 'jianshi' AND a.actor = ? AND a.action = ?")) {
      ps.setString(1, actor);
      ps.setString(2, action);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
