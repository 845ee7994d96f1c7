package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rules around a case: the township-to-county hand-off, special procedures pausing the decision
 * clock, fees against the standard, idempotent submissions, bad input that changes nothing, a post
 * acting on another post's step, the BPMN whitelist, ex-officio items, personal data at rest, and
 * (last, because it moves the platform clock) the acceptance period that makes a case accepted on
 * receipt.
 */
@ExtendWith(TestStack.class)
@Order(71)
class CaseworkRulesIT {

  static final CaseworkClient jianshi = new CaseworkClient("jianshi");
  static final Http anon = TestStack.http();

  @Test
  void aTownshipAcceptsAndForwardsAndTheCountyDecides() {
    Http township = anon.as("jianshi.township");
    CaseworkClient.Submitted s = jianshi.apply(township, "422822-MZJ-0007");
    assertThat(jianshi.action(township, s.id(), "accept", null).status()).isEqualTo(200);
    assertThat(jianshi.line(anon.as("jianshi.reviewer2"), s.number()))
        .as("not before forwarding")
        .isNull();
    jianshi.complete(township, s.number(), true, "已扫描上报");
    jianshi.complete(anon.as("jianshi.reviewer2"), s.number(), true, "符合条件");
    jianshi.complete(anon.as("jianshi.approver2"), s.number(), true, "同意发放");
    assertThat(jianshi.complete(township, s.number(), true, "已送达").getString("status"))
        .isEqualTo("COMPLETED");
    JsonObject d = jianshi.detail(anon.as("jianshi.approver2"), s.id());
    assertThat(d.getString("template")).isEqualTo("REFERRAL");
    assertThat(CaseworkIT.clocks(d))
        .contains("forward:COMPLETED", "review:COMPLETED", "deliver:COMPLETED");
  }

  @Test
  void aSpecialProcedurePausesTheDecisionClockAndFeesAreCheckedAgainstTheStandard() {
    Http clerk = anon.as("jianshi.landclerk");
    CaseworkClient.Submitted s = jianshi.apply(clerk, "422822-ZRZYJ-0007"); // 联办件, 80 元 per case
    assertThat(jianshi.action(clerk, s.id(), "accept", null).status()).isEqualTo(200);
    JsonObject paused =
        jianshi.action(clerk, s.id(), "special-procedure/start", "{\"kind\":\"专家评审\"}").json();
    assertThat(paused.getBoolean("specialProcedure")).isTrue();
    assertThat(CaseworkIT.clocks(paused)).contains("decision:PAUSED");
    assertThat(
            jianshi.action(clerk, s.id(), "special-procedure/start", "{\"kind\":\"听证\"}").status())
        .isEqualTo(409);
    JsonObject resumed = jianshi.action(clerk, s.id(), "special-procedure/end", null).json();
    assertThat(CaseworkIT.clocks(resumed)).contains("decision:RUNNING");

    JsonObject odd = jianshi.action(clerk, s.id(), "fee", "{\"amount\":100}").json();
    assertThat(odd.getBoolean("feeFlagged")).isTrue();
    JsonObject right = jianshi.action(clerk, s.id(), "fee", "{\"amount\":80}").json();
    assertThat(right.getBoolean("feeFlagged")).isFalse();
    assertThat(jianshi.action(clerk, s.id(), "fee", "{\"amount\":-1}").status()).isEqualTo(400);
  }

  @Test
  void aRetriedSubmissionYieldsOneCase() throws Exception {
    Http resident = anon.as("resident1");
    String key = "retry-" + UUID.randomUUID();
    String body =
        jianshi.application(
            CaseworkIT.PROMISE_ITEM, jianshi.materials(resident, CaseworkIT.PROMISE_ITEM), key);
    Http.Reply first = resident.postJson(jianshi.base() + "/cases", body);
    Http.Reply again = resident.postJson(jianshi.base() + "/cases", body);
    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().getString("id")).isEqualTo(first.json().getString("id"));
    assertThat(again.json().getString("queryCode")).isEqualTo(first.json().getString("queryCode"));
    assertThat(again.json().getBoolean("replayed")).isTrue();
    try (Connection c = TestStack.get().superuserDataSource("yangguang").getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT count(*), min(applicant_id_number), min(applicant_phone) FROM yg.case_file WHERE idempotency_key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(1);
        // personal data at rest is SM4 ciphertext, not the number
        assertThat(rs.getString(2)).startsWith("sm4gcm1:").doesNotContain("4228221990");
        assertThat(rs.getString(3)).startsWith("sm4gcm1:").doesNotContain("138");
      }
    }
  }

  @Test
  void badInputIsRefusedWithTheFieldAndChangesNothing() {
    Http resident = anon.as("resident2");
    int before = count();
    // a required material missing
    Http.Reply missing =
        resident.postJson(
            jianshi.base() + "/cases",
            jianshi.application(
                CaseworkIT.PROMISE_ITEM, Json.createArrayBuilder(), "miss-" + UUID.randomUUID()));
    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("materials");
    // a bad ID number
    String badId =
        jianshi
            .application(
                CaseworkIT.PROMISE_ITEM,
                jianshi.materials(resident, CaseworkIT.PROMISE_ITEM),
                "bad-" + UUID.randomUUID())
            .replace(CaseworkClient.ID_NUMBER, "422822199003070025");
    Http.Reply id = resident.postJson(jianshi.base() + "/cases", badId);
    assertThat(id.status()).isEqualTo(422);
    assertThat(id.body()).contains("applicant.idNumber");
    // someone else's file
    String other = jianshi.upload(anon.as("resident1"));
    Http.Reply stolen =
        resident.postJson(
            jianshi.base() + "/cases",
            jianshi.application(
                CaseworkIT.PROMISE_ITEM,
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("name", "项目申请书").add("fileId", other)),
                "steal-" + UUID.randomUUID()));
    assertThat(stolen.status()).isEqualTo(422);
    // an ex-officio item
    Http.Reply exOfficio =
        resident.postJson(
            jianshi.base() + "/cases",
            jianshi.application(
                exOfficioItem(), Json.createArrayBuilder(), "ex-" + UUID.randomUUID()));
    assertThat(exOfficio.status()).isEqualTo(422);
    assertThat(exOfficio.body()).contains("ex-officio");
    // a disguised upload: an executable named .pdf and sent as PDF
    Http.Reply exe =
        resident.post(
            jianshi.base() + "/cases/uploads?name=x.pdf",
            "application/pdf",
            new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0});
    assertThat(exe.status()).isEqualTo(415);
    // malformed JSON
    assertThat(resident.postJson(jianshi.base() + "/cases", "{\"itemKey\":").status())
        .isEqualTo(400);
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void actionsOutOfOrderOrOnAnotherPostsStepChangeNothing() {
    Http clerk = anon.as("jianshi.clerk");
    CaseworkClient.Submitted s = jianshi.apply(clerk, CaseworkIT.PROMISE_ITEM);
    // the civil-affairs clerk-less reviewer cannot accept; the fgj reviewer has no accept step
    assertThat(jianshi.action(anon.as("jianshi.reviewer"), s.id(), "accept", null).status())
        .isEqualTo(403);
    assertThat(jianshi.action(clerk, s.id(), "refuse", "{\"reason\":\" \"}").status())
        .isEqualTo(400);
    assertThat(jianshi.action(clerk, s.id(), "accept", null).status()).isEqualTo(200);
    assertThat(jianshi.action(clerk, s.id(), "accept", null).status()).isEqualTo(409);
    // the 民政 reviewer completing the 发改 review step: 403, and the step stays open
    JsonObject line = jianshi.line(anon.as("jianshi.reviewer"), s.number());
    Http.Reply wrong =
        anon.as("jianshi.reviewer2")
            .postJson(jianshi.base() + "/work-items/" + line.getString("id") + "/complete", "{}");
    assertThat(wrong.status()).isEqualTo(403);
    assertThat(CaseworkIT.openSteps(jianshi.detail(clerk, s.id()))).containsExactly("review");
    // a rejection needs its reason
    jianshi.complete(anon.as("jianshi.reviewer"), s.number(), true, "ok");
    JsonObject approve = jianshi.line(anon.as("jianshi.approver"), s.number());
    Http.Reply noReason =
        anon.as("jianshi.approver")
            .postJson(
                jianshi.base() + "/work-items/" + approve.getString("id") + "/complete",
                "{\"approve\":false}");
    assertThat(noReason.status()).isEqualTo(422);
    assertThat(jianshi.detail(clerk, s.id()).getString("status")).isEqualTo("ACCEPTED");
  }

  @Test
  void theBpmnWhitelistRefusesAShellTaskByName() {
    String bpmn =
        "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" xmlns:flowable=\"http://flowable.org/bpmn\""
            + " targetNamespace=\"x\"><process id=\"js-own\" isExecutable=\"true\"><startEvent id=\"s\"/>"
            + "<sequenceFlow id=\"f\" sourceRef=\"s\" targetRef=\"rm\"/><serviceTask id=\"rm\" flowable:type=\"shell\"/>"
            + "<sequenceFlow id=\"g\" sourceRef=\"rm\" targetRef=\"e\"/><endEvent id=\"e\"/></process></definitions>";
    Http admin = anon.as("jianshi.admin");
    Http.Reply r =
        admin.post("/t/jianshi/api/v1/processes/definitions/js-own", "application/xml", bpmn);
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.body()).contains("serviceTask 'rm'");
    String ok =
        bpmn.replace(
            "<serviceTask id=\"rm\" flowable:type=\"shell\"/>",
            "<userTask id=\"rm\" flowable:candidateGroups=\"jsx-fgj-review\"/>");
    Http.Reply deployed =
        admin.post("/t/jianshi/api/v1/processes/definitions/js-own", "application/xml", ok);
    assertThat(deployed.status()).as(deployed.body()).isEqualTo(201);
    assertThat(deployed.json().getInt("version")).isPositive();
  }

  @Test
  void theFullNumbersAreReadOnlyWithAReasonAndTheReadIsAudited() {
    Http clerk = anon.as("jianshi.clerk");
    CaseworkClient.Submitted s = jianshi.apply(clerk, CaseworkIT.PROMISE_ITEM);
    assertThat(jianshi.action(clerk, s.id(), "unmask", "{\"reason\":\"\"}").status())
        .isEqualTo(400);
    JsonObject full = jianshi.action(clerk, s.id(), "unmask", "{\"reason\":\"核对身份\"}").json();
    assertThat(full.getString("idNumber")).isEqualTo(CaseworkClient.ID_NUMBER);
    String replay = anon.asOperator().get("/t/jianshi/api/v1/audit/subjects/case/" + s.id()).body();
    assertThat(replay).contains("case.unmask");
  }

  @Test
  @org.junit.jupiter.api.Tag("moves-clock")
  void anApplicationWithoutANoticeInFiveWorkingDaysCountsAsAcceptedOnReceipt() throws Exception {
    Http resident = anon.as("resident1");
    CaseworkClient.Submitted s = jianshi.apply(resident, CaseworkIT.PROMISE_ITEM);
    // a second case in another department: every overdue period is applied, not only the first
    CaseworkClient.Submitted other = jianshi.apply(anon.as("resident2"), "422822-ZRZYJ-0007");
    Http clerk = anon.as("jianshi.clerk");
    Instant received = Instant.parse(jianshi.detail(clerk, s.id()).getString("receivedAt"));
    Http.Reply moved = anon.asOperator().postJson("/api/v1/platform/clock/advance", "{\"days\":9}");
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    JsonObject d = null;
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < until) {
      d = jianshi.detail(clerk, s.id());
      if ("ACCEPTED".equals(d.getString("status"))) {
        break;
      }
      Thread.sleep(200);
    }
    assertThat(d.getString("status")).isEqualTo("ACCEPTED");
    assertThat(d.getBoolean("deemedAccepted")).isTrue();
    assertThat(Instant.parse(d.getString("acceptedAt"))).isEqualTo(received);
    assertThat(CaseworkIT.clocks(d)).contains("acceptance:COMPLETED", "decision:RUNNING");
    JsonObject second = null;
    until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < until) {
      second = jianshi.detail(anon.as("jianshi.landclerk"), other.id());
      if ("ACCEPTED".equals(second.getString("status"))) {
        break;
      }
      Thread.sleep(200);
    }
    assertThat(second.getString("status")).isEqualTo("ACCEPTED");
    assertThat(second.getBoolean("deemedAccepted")).isTrue();
    // too late for a notice now
    CaseworkClient.Submitted late = jianshi.apply(resident, CaseworkIT.PROMISE_ITEM);
    anon.asOperator().postJson("/api/v1/platform/clock/advance", "{\"days\":9}");
    Http.Reply notice = jianshi.action(clerk, late.id(), "supplement-notice", "{\"reason\":\"补\"}");
    assertThat(notice.status()).isIn(409);
  }

  private static String exOfficioItem() {
    return anon
        .get("/t/jianshi/api/v1/items?limit=500")
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(i -> !i.getBoolean("takesApplications"))
        .findFirst()
        .orElseThrow()
        .getString("key");
  }

  private static int count() {
    try (Connection c = TestStack.get().superuserDataSource("yangguang").getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM yg.case_file");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
