package cn.yangguang.it;

import static cn.yangguang.it.HotlineIT.API;
import static cn.yangguang.it.HotlineIT.OPEN311;
import static cn.yangguang.it.HotlineIT.act;
import static cn.yangguang.it.HotlineIT.form;
import static cn.yangguang.it.HotlineIT.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.yangguang.hotline.domain.Coordinates;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hotline's loop beyond the happy path, against the real stack: return and its review,
 * re-dispatch, redo after dissatisfaction, merging duplicates, extension, supervision, intake
 * dispositions, clocks and warnings, KPIs, Open311 field by field with the privacy of 举报, and the
 * audit trail.
 */
@ExtendWith(TestStack.class)
@Order(61)
class HotlineLoopIT {

  static String call(String json) {
    Http.Reply r = TestStack.http().as("jianshi.taker").postJson(API + "tickets", json);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().getString("number");
  }

  static Http.Reply tryAct(String user, String number, String action, String json) {
    return TestStack.http().as(user).postJson(API + "tickets/" + number + "/" + action, json);
  }

  @Test
  void aWrongDispatchIsReturnedReviewedAndReDispatchedAndADissatisfiedCallerGetsARedo() {
    String n =
        call(
            "{\"type\":\"HELP\",\"serviceCode\":\"assistance\",\"description\":\"家中老人生活困难申请救助\","
                + "\"callerPhone\":\"13912345678\",\"address\":\"业州镇\"}");
    // the catalogue sends 救助 to 民政局; the dispatcher sends it to 住建局 by hand, wrongly
    act("jianshi.dispatcher", n, "dispatch", "{\"leadUnit\":\"jsx-zjj\"}");
    assertThat(tryAct("jianshi.unit2", n, "sign", "{}").status())
        .as("another unit cannot sign for it")
        .isEqualTo(403);
    assertThat(tryAct("jianshi.unit", n, "return", "{}").status()).isEqualTo(400);
    JsonObject returned = act("jianshi.unit", n, "return", "{\"reason\":\"救助属民政职责，非住建\"}");
    assertThat(returned.getString("status")).isEqualTo("RETURNED");
    assertThat(tryAct("jianshi.unit", n, "sign", "{}").status()).isEqualTo(409);

    // the dispatcher first refuses the return (维持) ...
    JsonObject kept =
        act("jianshi.dispatcher", n, "return-review", "{\"accept\":false,\"note\":\"请先核实\"}");
    assertThat(kept.getString("status")).isEqualTo("DISPATCHED");
    assertThat(kept.getString("leadUnit")).isEqualTo("jsx-zjj");
    act("jianshi.unit", n, "return", "{\"reason\":\"已核实，确属民政\"}");
    // ... then accepts the second one and re-dispatches (改派)
    JsonObject moved =
        act(
            "jianshi.dispatcher",
            n,
            "return-review",
            "{\"accept\":true,\"leadUnit\":\"jsx-mzj\",\"note\":\"改派民政局\"}");
    assertThat(moved.getString("status")).isEqualTo("DISPATCHED");
    assertThat(moved.getString("leadUnit")).isEqualTo("jsx-mzj");
    List<JsonObject> dispatches = moved.getJsonArray("assignments").getValuesAs(JsonObject.class);
    assertThat(dispatches).hasSize(3);
    assertThat(dispatches.get(0).getString("returnOutcome")).isEqualTo("REFUSED");
    assertThat(dispatches.get(1).getString("returnOutcome")).isEqualTo("ACCEPTED");
    assertThat(dispatches.get(2).getBoolean("active")).isTrue();

    act("jianshi.unit2", n, "sign", "{}");
    act("jianshi.unit2", n, "reply", "{\"text\":\"已上门核查，纳入临时救助\"}");
    JsonObject redo =
        act(
            "jianshi.taker",
            n,
            "call-back",
            "{\"satisfaction\":\"DISSATISFIED\",\"note\":\"款未到\"}");
    assertThat(redo.getString("status")).isEqualTo("DISPATCHED");
    assertThat(redo.getInt("redoCount")).isEqualTo(1);
    assertThat(redo.getString("leadUnit")).isEqualTo("jsx-mzj");
    JsonObject last = redo.getJsonArray("assignments").getValuesAs(JsonObject.class).get(3);
    assertThat(last.getBoolean("redo")).isTrue();
    assertThat(last.getJsonObject("signClock").getString("status")).isEqualTo("RUNNING");

    act("jianshi.unit2", n, "sign", "{}");
    act("jianshi.unit2", n, "reply", "{\"text\":\"救助金已发放到账\"}");
    JsonObject done = act("jianshi.taker", n, "call-back", "{\"satisfaction\":\"SATISFIED\"}");
    assertThat(done.getString("status")).isEqualTo("CLOSED");
    assertThat(done.getString("callerPhone")).isEqualTo("139****5678");
    assertThat(done.getJsonArray("history").toString())
        .contains("RETURNED", "RETURN_REFUSED", "RETURN_ACCEPTED", "REDO", "CALLED_BACK");
  }

  @Test
  void duplicatesAreMergedExtensionsDecidedAndSupervisionRecordedInTheAuditTrail()
      throws Exception {
    String kept =
        call(
            "{\"type\":\"COMPLAINT\",\"serviceCode\":\"sanitation\",\"description\":\"小区垃圾堆积多日\"}");
    String dup =
        call(
            "{\"type\":\"COMPLAINT\",\"serviceCode\":\"sanitation\",\"description\":\"同一小区垃圾没人清运\"}");
    JsonObject merged = act("jianshi.dispatcher", dup, "merge", "{\"into\":\"" + kept + "\"}");
    assertThat(merged.getString("status")).isEqualTo("CLOSED");
    assertThat(merged.getString("resolution")).isEqualTo("MERGED");
    assertThat(merged.getString("mergedInto")).isEqualTo(kept);
    assertThat(tryAct("jianshi.dispatcher", kept, "merge", "{\"into\":\"" + dup + "\"}").status())
        .as("nothing merges into a closed ticket")
        .isEqualTo(409);
    JsonObject shown = request(TestStack.http(), dup);
    assertThat(shown.getString("status")).isEqualTo("closed");
    assertThat(shown.getString("status_notes")).contains(kept);

    JsonObject d = act("jianshi.dispatcher", kept, "dispatch", "{}");
    String lead = d.getString("leadUnit");
    assertThat(lead).startsWith("jsx-");
    assertThat(tryAct("jianshi.taker", kept, "dispatch", "{}").status()).isEqualTo(403);
    act("jianshi.admin", kept, "sign", "{}");
    act("jianshi.dispatcher", kept, "supervise", "{\"note\":\"请加快处理\"}");
    JsonObject before =
        act("jianshi.admin", kept, "extension", "{\"amount\":5,\"reason\":\"需联合执法\"}")
            .getJsonArray("assignments")
            .getJsonObject(0);
    assertThat(
            tryAct("jianshi.admin", kept, "extension", "{\"amount\":5,\"reason\":\"再次申请\"}")
                .status())
        .as("one request at a time")
        .isEqualTo(409);
    JsonObject after =
        act("jianshi.dispatcher", kept, "extension-decision", "{\"approve\":true}")
            .getJsonArray("assignments")
            .getJsonObject(0);
    assertThat(after.getString("extensionState")).isEqualTo("APPROVED");
    assertThat(after.getJsonObject("handleClock").getString("dueAt"))
        .isGreaterThan(before.getJsonObject("handleClock").getString("dueAt"));

    try (Connection c = TestStack.get().systemDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT action, actor FROM yg.audit_entry WHERE subject_type = 'hotline-12345'"
                    + " AND subject_id = ? ORDER BY occurred_at, action")) {
      ps.setString(1, kept);
      StringBuilder trail = new StringBuilder();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          trail.append(rs.getString(1)).append('/').append(rs.getString(2)).append(' ');
        }
      }
      assertThat(trail.toString())
          .contains("hotline-12345.ticket-received/jianshi.taker")
          .contains("hotline-12345.merged-from/jianshi.dispatcher")
          .contains("hotline-12345.dispatched/jianshi.dispatcher")
          .contains("hotline-12345.supervised/jianshi.dispatcher")
          .contains("hotline-12345.extension-approved/jianshi.dispatcher");
    }
  }

  @Test
  void callsClosedAtIntakeAndRefusedInputLeaveClearAnswers() {
    Http taker = TestStack.http().as("jianshi.taker");
    Http.Reply fire =
        taker.postJson(
            API + "tickets",
            "{\"type\":\"HELP\",\"description\":\"楼下着火了\",\"disposition\":\"TRANSFERRED\","
                + "\"toCaller\":\"已转 119\"}");
    assertThat(fire.status()).isEqualTo(201);
    assertThat(fire.json().getString("assessment")).isEqualTo("EMERGENCY");
    assertThat(fire.json().getString("target")).isEqualTo("119");
    assertThat(fire.json().getString("status")).isEqualTo("CLOSED");
    assertThat(fire.json().getString("resolution")).isEqualTo("TRANSFERRED");
    Http.Reply court =
        taker.postJson(API + "tickets", "{\"type\":\"CONSULT\",\"description\":\"我要起诉开发商\"}");
    assertThat(court.json().getString("target")).isEqualTo("诉讼");
    assertThat(court.json().getString("status")).isEqualTo("RECEIVED");

    Http.Reply noType = taker.postJson(API + "tickets", "{\"description\":\"x\"}");
    assertThat(noType.status()).isEqualTo(400);
    assertThat(noType.body()).contains("type");
    Http.Reply noAnswer =
        taker.postJson(
            API + "tickets",
            "{\"type\":\"CONSULT\",\"description\":\"几点上班\",\"disposition\":\"DIRECT_ANSWER\"}");
    assertThat(noAnswer.status()).isEqualTo(400);
    assertThat(noAnswer.body()).contains("answer");
    assertThat(
            taker
                .get(
                    API
                        + "knowledge?q="
                        + java.net.URLEncoder.encode(
                            "政务服务中心几点办公", java.nio.charset.StandardCharsets.UTF_8))
                .body())
        .contains("8:30");
    assertThat(TestStack.http().as("jianshi.clerk").postJson(API + "tickets", "{}").status())
        .isEqualTo(403);
  }

  @Test
  void aSignForClockTurnsOverdueAndThenTheReturnWindowIsClosed() {
    String n =
        call(
            "{\"type\":\"HELP\",\"urgency\":\"URGENT\",\"serviceCode\":\"streetlight\",\"description\":\"路灯杆倾斜\"}");
    JsonObject d = act("jianshi.dispatcher", n, "dispatch", "{}");
    JsonObject sign = d.getJsonArray("assignments").getJsonObject(0).getJsonObject("signClock");
    assertThat(sign.getString("level")).isEqualTo("GREEN");
    // urgent: sign for within 2 hours; three hours later it is overdue
    Http op = TestStack.http().asOperator();
    assertThat(
            op.post("/api/v1/platform/clock/advance", "application/json", "{\"hours\":3}").status())
        .isEqualTo(200);
    JsonObject later = TestStack.http().as("jianshi.dispatcher").get(API + "tickets/" + n).json();
    assertThat(
            later
                .getJsonArray("assignments")
                .getJsonObject(0)
                .getJsonObject("signClock")
                .getString("level"))
        .isEqualTo("OVERDUE");
    Http.Reply late = tryAct("jianshi.unit", n, "return", "{\"reason\":\"不是我们的\"}");
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.body()).contains("return window");
    JsonObject signed = act("jianshi.unit", n, "sign", "{}");
    assertThat(signed.getJsonArray("assignments").getJsonObject(0).getBoolean("signedOnTime"))
        .isFalse();
  }

  @Test
  void kpisCountDispatchesPerUnitAndForTheCounty() {
    String from = "2000-01-01";
    String n =
        call("{\"type\":\"CONSULT\",\"serviceCode\":\"schooling\",\"description\":\"小学入学需要什么材料\"}");
    act("jianshi.dispatcher", n, "dispatch", "{\"leadUnit\":\"jsx-mzj\"}");
    act("jianshi.unit2", n, "sign", "{}");
    act("jianshi.unit2", n, "reply", "{\"text\":\"户口簿、房产证明\"}");
    act("jianshi.taker", n, "call-back", "{\"satisfaction\":\"BASICALLY_SATISFIED\"}");
    Http.Reply r =
        TestStack.http().as("jianshi.dispatcher").get(API + "kpis?from=" + from + "&to=2099-01-01");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonObject county = r.json().getJsonObject("county");
    assertThat(county.getJsonObject("figures").getInt("dispatched")).isGreaterThanOrEqualTo(1);
    JsonObject mzj =
        r.json().getJsonArray("units").getValuesAs(JsonObject.class).stream()
            .filter(u -> u.getString("unit").equals("jsx-mzj"))
            .findFirst()
            .orElseThrow();
    assertThat(mzj.getString("name")).isEqualTo("建始县民政局");
    assertThat(mzj.getJsonObject("figures").getInt("judged")).isGreaterThanOrEqualTo(1);
    assertThat(mzj.getJsonNumber("satisfactionRate").doubleValue()).isGreaterThan(0);
    assertThat(TestStack.http().as("jianshi.unit").get(API + "kpis").status()).isEqualTo(403);
    assertThat(TestStack.http().as("jianshi.dispatcher").get(API + "kpis?from=2026-13-01").status())
        .isEqualTo(400);
    String page =
        TestStack.http()
            .as("jianshi.supervisor")
            .get("/t/jianshi/plugins/hotline-12345/console/kpis")
            .body();
    assertThat(page).contains("<svg").contains("满意率").contains("建始县民政局");
  }

  @Test
  void open311AnswersFieldByFieldKeepsReportsPrivateAndSpeaksItsErrorFormat() {
    Http anon = TestStack.http();
    JsonObject service = anon.get(OPEN311 + "services.json").array().getJsonObject(0);
    assertThat(service.keySet())
        .containsExactlyInAnyOrder(
            "service_code", "service_name", "description", "metadata", "type", "keywords", "group");
    assertThat(service.get("metadata").getValueType()).isEqualTo(JsonValue.ValueType.TRUE);
    assertThat(service.getString("type")).isEqualTo("realtime");
    JsonObject definition = anon.get(OPEN311 + "services/illegal-building.json").json();
    assertThat(definition.getString("service_code")).isEqualTo("illegal-building");
    JsonObject attribute = definition.getJsonArray("attributes").getJsonObject(0);
    assertThat(attribute.keySet())
        .contains(
            "variable",
            "code",
            "datatype",
            "required",
            "datatype_description",
            "order",
            "description",
            "values");
    assertThat(attribute.getString("datatype")).isEqualTo("singlevaluelist");

    // a 举报 posted with GCJ-02 coordinates from a Chinese map
    Http.Reply posted =
        anon.post(
            OPEN311 + "requests.json",
            "application/x-www-form-urlencoded",
            form(
                Map.of(
                    "jurisdiction_id", "jianshi",
                    "service_code", "illegal-building",
                    "description", "某村民在耕地上违法建房，举报人电话13700007777",
                    "lat", "30.5990",
                    "long", "109.7283",
                    "coordinate_system", "GCJ02",
                    "first_name", "某",
                    "last_name", "王",
                    "email", "wang@example.com",
                    "account_id", "acct-42")));
    assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
    JsonObject created = posted.array().getJsonObject(0);
    assertThat(created.keySet())
        .containsExactlyInAnyOrder("service_request_id", "service_notice", "account_id");
    assertThat(created.getString("account_id")).isEqualTo("acct-42");
    String id = created.getString("service_request_id");

    JsonObject shown = request(anon, id);
    assertThat(shown.keySet())
        .containsExactlyInAnyOrder(
            "service_request_id",
            "status",
            "status_notes",
            "service_name",
            "service_code",
            "description",
            "agency_responsible",
            "service_notice",
            "requested_datetime",
            "updated_datetime",
            "expected_datetime",
            "address",
            "address_id",
            "zipcode",
            "lat",
            "long",
            "media_url");
    assertThat(shown.getString("service_request_id")).isEqualTo(id);
    assertThat(shown.getString("service_name")).isEqualTo("违法建设");
    assertThat(shown.getString("requested_datetime"))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
    assertThat(shown.isNull("description")).as("a 举报's content is never public").isTrue();
    assertThat(shown.isNull("lat")).isTrue();
    assertThat(shown.isNull("address")).isTrue();
    assertThat(shown.toString()).doesNotContain("13700007777", "wang@example.com", "acct-42", "王");
    assertThat(anon.get(OPEN311 + "requests.json?service_code=illegal-building").body())
        .doesNotContain("违法建房");

    // stored as WGS84: the GCJ-02 point converted (by the transform unit-tested in the plugin)
    JsonObject staff = TestStack.http().as("jianshi.dispatcher").get(API + "tickets/" + id).json();
    Coordinates wgs84 = Coordinates.fromGcj02(30.5990, 109.7283);
    assertThat(staff.getJsonNumber("lat").doubleValue()).isCloseTo(wgs84.lat(), within(1e-9));
    assertThat(staff.getJsonNumber("lon").doubleValue()).isCloseTo(wgs84.lon(), within(1e-9));
    assertThat(Math.abs(wgs84.lat() - 30.5990) + Math.abs(wgs84.lon() - 109.7283))
        .isGreaterThan(0.001);
    assertThat(staff.getString("description")).contains("137****7777");

    // an ordinary request shows its description and WGS84 point as posted
    Http.Reply plain =
        anon.post(
            OPEN311 + "requests.json",
            "application/x-www-form-urlencoded",
            "service_code=sanitation&lat=30.6&long=109.72&description=%E5%9E%83%E5%9C%BE");
    JsonObject p = request(anon, plain.array().getJsonObject(0).getString("service_request_id"));
    assertThat(p.getString("description")).isEqualTo("垃圾");
    assertThat(p.getJsonNumber("lat").doubleValue()).isEqualTo(30.6);
    assertThat(p.getJsonNumber("long").doubleValue()).isEqualTo(109.72);

    // errors: [{code, description}] with the HTTP status
    Http.Reply noLocation =
        anon.post(
            OPEN311 + "requests.json", "application/x-www-form-urlencoded", "service_code=noise");
    assertThat(noLocation.status()).isEqualTo(400);
    JsonObject error = noLocation.array().getJsonObject(0);
    assertThat(error.keySet()).containsExactlyInAnyOrder("code", "description");
    assertThat(error.getInt("code")).isEqualTo(400);
    assertThat(error.getString("description")).contains("location");
    assertThat(anon.get(OPEN311 + "services/nope.json").array().getJsonObject(0).getInt("code"))
        .isEqualTo(404);
    assertThat(anon.get(OPEN311 + "requests/000000000000.json").status()).isEqualTo(404);
    assertThat(anon.get(OPEN311 + "requests.json?status=maybe").status()).isEqualTo(400);
    assertThat(anon.get(OPEN311 + "services.json?jurisdiction_id=kaizhou").status()).isEqualTo(404);
    assertThat(
            anon.post(
                    OPEN311 + "requests.json",
                    "application/x-www-form-urlencoded",
                    "service_code=noise&lat=91&long=109&description=x")
                .status())
        .isEqualTo(400);
  }
}
