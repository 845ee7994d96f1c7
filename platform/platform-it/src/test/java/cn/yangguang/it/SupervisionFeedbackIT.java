package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What residents say and how units perform: a complaint filed on the portal reaches the supervisors
 * with its clock and is concluded once; a 12345 hotline complaint event becomes one complaint
 * however often it arrives; an applicant rates her completed case once, a bad rating is followed
 * up; the statistics are public; the monthly report's figures equal counts made here directly in
 * the database.
 */
@ExtendWith(TestStack.class)
@Order(73)
class SupervisionFeedbackIT {

  static final CaseworkClient jianshi = new CaseworkClient("jianshi");
  static final Http anon = TestStack.http();
  static final Http supervisor = anon.as("jianshi.supervisor");
  static final String API = "/t/jianshi/api/v1";

  @Test
  void aPortalComplaintReachesTheSupervisorsWithItsClockAndIsConcludedOnce() {
    Http resident = anon.as("resident1");
    assertThat(anon.postJson(API + "/complaints", "{\"summary\":\"x\"}").status()).isEqualTo(401);
    Http.Reply bad =
        resident.postJson(API + "/complaints", "{\"department\":\"kzq-fgw\",\"summary\":\"排队太久\"}");
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.body()).contains("department");
    assertThat(
            resident
                .postJson(API + "/complaints", "{\"caseNumber\":\"NO-SUCH\",\"summary\":\"排队太久\"}")
                .status())
        .isEqualTo(422);
    assertThat(resident.postJson(API + "/complaints", "{\"summary\":\" \"}").status())
        .isEqualTo(400);

    Http.Reply filed =
        resident.postJson(
            API + "/complaints", "{\"department\":\"jsx-fgj\",\"summary\":\"窗口人员态度生硬，反复要求补材料\"}");
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    JsonObject c = filed.json().getJsonObject("complaint");
    String id = c.getString("id");
    assertThat(c.getString("number")).startsWith("TS-");
    assertThat(filed.json().getJsonObject("clock").getString("status")).isEqualTo("RUNNING");
    assertThat(resident.get(API + "/my/complaints").body()).contains(c.getString("number"));
    assertThat(anon.as("resident2").get(API + "/my/complaints").body())
        .doesNotContain(c.getString("number"));
    assertThat(supervisor.get(API + "/supervision/complaints?status=OPEN").body())
        .contains(c.getString("number"));
    assertThat(supervisor.get("/t/jianshi/console/supervision/feedback").body())
        .contains(c.getString("number"));

    // the supervisor hands it to the department as a supervision order
    Http.Reply ordered =
        supervisor.post(
            "/t/jianshi/console/supervision/feedback",
            "application/x-www-form-urlencoded",
            "action=order&complaint=" + id);
    assertThat(ordered.status()).as(ordered.body()).isIn(303, 200);
    assertThat(supervisor.get(API + "/supervision/orders").array().getValuesAs(JsonObject.class))
        .anySatisfy(
            o -> {
              assertThat(o.getJsonObject("order").getString("complaintId", "")).isEqualTo(id);
              assertThat(o.getJsonObject("order").getString("departmentCode")).isEqualTo("jsx-fgj");
            });

    Http.Reply done =
        supervisor.postJson(
            API + "/supervision/complaints/" + id + "/conclusion",
            "{\"outcome\":\"SUBSTANTIATED\",\"note\":\"已约谈窗口负责人\"}");
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    assertThat(done.json().getJsonObject("complaint").getString("status")).isEqualTo("CONCLUDED");
    assertThat(done.json().getJsonObject("clock").getString("status")).isEqualTo("COMPLETED");
    assertThat(
            supervisor
                .postJson(
                    API + "/supervision/complaints/" + id + "/conclusion",
                    "{\"outcome\":\"UNFOUNDED\",\"note\":\"again\"}")
                .status())
        .isEqualTo(409);
    assertThat(
            anon.as("jianshi.admin")
                .postJson(
                    API + "/supervision/complaints/" + id + "/conclusion",
                    "{\"outcome\":\"UNFOUNDED\",\"note\":\"x\"}")
                .status())
        .isEqualTo(403);
    assertThat(resident.get("/t/jianshi/complaints").body()).contains("已约谈窗口负责人");
  }

  @Test
  void aHotlineComplaintEventBecomesOneComplaint() throws Exception {
    String number = "12345-" + UUID.randomUUID().toString().substring(0, 8);
    String payload =
        "{\"number\":\""
            + number
            + "\",\"type\":\"COMPLAINT\",\"unitCode\":\"jsx-mzj\",\"summary\":\"低保审批拖延\"}";
    publish("hotline-12345.ticket.opened", payload);
    publish("hotline.ticket.opened", payload);
    publish(
        "hotline-12345.ticket.opened",
        payload.replace("COMPLAINT", "CONSULT").replace(number, number + "-q"));
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < until && fromHotline(number).isEmpty()) {
      Thread.sleep(250);
    }
    Thread.sleep(1500); // the duplicate and the enquiry are delivered right after the first
    List<JsonObject> found = fromHotline(number);
    assertThat(found)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getString("channel")).isEqualTo("HOTLINE");
              assertThat(c.getString("departmentCode")).isEqualTo("jsx-mzj");
            });
  }

  @Test
  void anApplicantRatesHerCompletedCaseOnceAndABadRatingIsFollowedUp() {
    Http resident = anon.as("resident2");
    CaseworkClient.Submitted s = jianshi.apply(resident, CaseworkIT.PROMISE_ITEM);
    String body = "{\"caseId\":\"" + s.id() + "\",\"level\":1,\"comment\":\"等了很久\"}";
    assertThat(resident.postJson(API + "/ratings", body).status())
        .as("not before the service is over")
        .isEqualTo(409);
    Http clerk = anon.as("jianshi.clerk");
    assertThat(jianshi.action(clerk, s.id(), "accept", null).status()).isEqualTo(200);
    jianshi.complete(anon.as("jianshi.reviewer"), s.number(), true, "材料齐全");
    jianshi.complete(anon.as("jianshi.approver"), s.number(), true, "准予");
    assertThat(jianshi.complete(clerk, s.number(), true, "已送达").getString("status"))
        .isEqualTo("COMPLETED");

    assertThat(anon.as("resident1").postJson(API + "/ratings", body).status())
        .as("another person's case")
        .isEqualTo(404);
    assertThat(
            resident
                .postJson(API + "/ratings", body.replace("\"level\":1", "\"level\":6"))
                .status())
        .isEqualTo(400);
    Http.Reply rated = resident.postJson(API + "/ratings", body);
    assertThat(rated.status()).as(rated.body()).isEqualTo(201);
    JsonObject r = rated.json().getJsonObject("rating");
    assertThat(r.getString("followUp")).isEqualTo("PENDING");
    assertThat(r.getString("windowCode")).isEqualTo("jsx-fgj-clerk");
    assertThat(rated.json().getJsonObject("clock").getString("status")).isEqualTo("RUNNING");
    assertThat(resident.postJson(API + "/ratings", body).status()).isEqualTo(409);

    assertThat(supervisor.get(API + "/supervision/ratings?followUp=PENDING").body())
        .contains(r.getString("id"));
    Http.Reply followed =
        supervisor.postJson(
            API + "/supervision/ratings/" + r.getString("id") + "/follow-up",
            "{\"note\":\"已调整窗口人员并回访申请人\"}");
    assertThat(followed.status()).as(followed.body()).isEqualTo(200);
    assertThat(followed.json().getJsonObject("rating").getString("followUp"))
        .isEqualTo("RECTIFIED");
    assertThat(followed.json().getJsonObject("clock").getString("status")).isEqualTo("COMPLETED");

    // a window visit, and the public statistics
    assertThat(
            resident
                .postJson(API + "/ratings", "{\"window\":\"jsx-fgj-clerk\",\"level\":5}")
                .status())
        .isEqualTo(201);
    assertThat(resident.postJson(API + "/ratings", "{\"window\":\"kzq-x\",\"level\":5}").status())
        .isEqualTo(422);
    List<JsonObject> stats =
        anon.get(API + "/ratings/statistics").array().getValuesAs(JsonObject.class);
    assertThat(stats.get(0).getString("departmentCode", null)).as("the county first").isNull();
    JsonObject fgj =
        stats.stream()
            .filter(x -> "jsx-fgj".equals(x.getString("departmentCode", null)))
            .findFirst()
            .orElseThrow();
    assertThat(fgj.getInt("count")).isGreaterThanOrEqualTo(2);
    assertThat(fgj.getJsonArray("levels").getInt(0)).isGreaterThanOrEqualTo(1);
    String page = anon.get("/t/jianshi/ratings").body();
    assertThat(page).contains("好差评公示").contains("建始县发展和改革局");
  }

  @Test
  void theMonthlyReportEqualsCountsMadeInTheDatabase() throws Exception {
    JsonObject report = supervisor.get(API + "/supervision/performance").json();
    YearMonth month = YearMonth.parse(report.getString("month"));
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    LocalDate first = month.atDay(1);
    java.sql.Timestamp from = java.sql.Timestamp.from(first.atStartOfDay(zone).toInstant());
    java.sql.Timestamp to =
        java.sql.Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    // the figures may move while another test runs: read them again right after the count
    int[] counted = count(from, to, "jsx-fgj");
    JsonObject row =
        departmentRow(supervisor.get(API + "/supervision/performance?month=" + month).json());
    assertThat(row.getInt("received")).isEqualTo(counted[0]);
    assertThat(row.getInt("immediate")).isEqualTo(counted[1]);
    assertThat(row.getInt("supplemented")).isEqualTo(counted[2]);
    assertThat(row.getInt("completed")).isEqualTo(counted[3]);
    assertThat(row.getInt("violations")).isEqualTo(counted[4]);
    assertThat(row.getInt("ratings")).isEqualTo(counted[5]);
    assertThat(row.getInt("yellowCards") + row.getInt("redCards")).isEqualTo(counted[6]);
    assertThat(row.getInt("received")).isPositive();
    double onTime = row.isNull("onTimeRate") ? 1 : row.getJsonNumber("onTimeRate").doubleValue();
    assertThat(row.getBoolean("veto"))
        .isEqualTo(
            onTime < 0.99
                || (row.getInt("received") > 0
                    && (double) row.getInt("immediate") / row.getInt("received") < 0.90));
    Http.Reply csv = supervisor.get(API + "/supervision/performance/csv?month=" + month);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.body())
        .contains("部门,")
        .contains(",jsx-fgj,建始县发展和改革局," + row.getInt("received") + ",");
    String page =
        supervisor.get("/t/jianshi/console/supervision/performance?month=" + month).body();
    assertThat(page).contains("<svg").contains("建始县发展和改革局").contains("三最佳");
    assertThat(supervisor.get(API + "/supervision/performance?month=2026-13").status())
        .isEqualTo(400);
    assertThat(anon.as("jianshi.clerk").get(API + "/supervision/performance").status())
        .isEqualTo(403);
  }

  private static List<JsonObject> fromHotline(String number) {
    return supervisor
        .get(API + "/supervision/complaints")
        .array()
        .getValuesAs(JsonObject.class)
        .stream()
        .map(v -> v.getJsonObject("complaint"))
        .filter(c -> c.getString("sourceRef", "").startsWith(number))
        .toList();
  }

  private static JsonObject departmentRow(JsonObject report) {
    return report.getJsonArray("departments").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("unit").equals("jsx-fgj"))
        .findFirst()
        .orElseThrow();
  }

  /** received, immediate, supplemented, completed, violations, ratings, cards of a department. */
  private static int[] count(java.sql.Timestamp from, java.sql.Timestamp to, String dept)
      throws Exception {
    String in = " >= ? AND %s < ?";
    String[] queries = {
      "SELECT count(*) FROM yg.case_file f WHERE department_code = ? AND received_at"
          + in.formatted("received_at"),
      "SELECT count(*) FROM yg.case_file f WHERE department_code = ? AND template = 'INSTANT' AND received_at"
          + in.formatted("received_at"),
      "SELECT count(*) FROM yg.case_file f WHERE department_code = ? AND supplement_notices > 0 AND received_at"
          + in.formatted("received_at"),
      "SELECT count(*) FROM yg.case_file f WHERE department_code = ? AND status = 'COMPLETED' AND completed_at"
          + in.formatted("completed_at"),
      "SELECT count(*) FROM yg.supervision_violation WHERE department_code = ? AND status <> 'DISMISSED' AND occurred_at"
          + in.formatted("occurred_at"),
      "SELECT count(*) FROM yg.supervision_rating WHERE department_code = ? AND rated_at"
          + in.formatted("rated_at"),
      "SELECT count(*) FROM yg.supervision_card WHERE department_code = ? AND issued_at"
          + in.formatted("issued_at"),
    };
    int[] out = new int[queries.length];
    try (Connection c = TestStack.get().superuserDataSource("yangguang").getConnection()) {
      for (int i = 0; i < queries.length; i++) {
        try (PreparedStatement ps =
            c.prepareStatement(
                queries[i]
                    + " AND tenant_id = (SELECT id FROM yg.tenant WHERE slug = 'jianshi')")) {
          ps.setString(1, dept);
          ps.setTimestamp(2, from);
          ps.setTimestamp(3, to);
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            out[i] = rs.getInt(1);
          }
        }
      }
    }
    return out;
  }

  private static void publish(String type, String payload) throws Exception {
    try (Connection c = TestStack.get().superuserDataSource("yangguang").getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO yg.outbox_event (tenant_id, id, occurred_at, type, subject_type, subject_id, payload)"
                    + " SELECT id, gen_random_uuid(), now(), ?, 'ticket', ?, ?::jsonb"
                    + " FROM yg.tenant WHERE slug = 'jianshi'")) {
      ps.setString(1, type);
      ps.setString(2, "ticket");
      ps.setString(3, payload);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
  }
}
