package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Casework end to end on the real engine: a resident's 承诺件 from application to delivery with the
 * public lookup, a 联办件 that waits for every department's branch, and the supplement notice that
 * leaves a case unaccepted with no decision clock.
 */
@ExtendWith(TestStack.class)
@Order(70)
class CaseworkIT {

  static final String PROMISE_ITEM = "422822-FGJ-0002"; // 企业投资项目核准, 承诺件, jsx-fgj
  static final String JOINT_ITEM = "422822-FGJ-0007"; // bound below as 联办件 of fgj and mzj

  static final CaseworkClient jianshi = new CaseworkClient("jianshi");
  static final Http anon = TestStack.http();

  @BeforeAll
  static void bindJointItem() {
    Http.Reply r =
        anon.as("jianshi.admin")
            .put(
                "/t/jianshi/api/v1/processes/" + JOINT_ITEM,
                "application/json",
                "{\"template\":\"JOINT\",\"acceptPost\":\"jsx-fgj-clerk\",\"reviewPost\":\"jsx-fgj-review\","
                    + "\"approvePost\":\"jsx-fgj-approve\",\"branchPosts\":[\"jsx-fgj-review\",\"jsx-mzj-review\"]}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  @Test
  void aResidentsPromiseCaseRunsToDeliveryAndTheLookupShowsEachStatus() {
    Http resident = anon.as("resident1");
    CaseworkClient.Submitted s = jianshi.apply(resident, PROMISE_ITEM);
    assertThat(s.number()).matches("422822-\\d{8}-\\d{6,}");
    assertThat(s.queryCode()).matches("\\d{6}");

    Http clerk = anon.as("jianshi.clerk");
    JsonObject received = jianshi.detail(clerk, s.id());
    assertThat(received.getString("status")).isEqualTo("RECEIVED");
    assertThat(received.getString("channel")).isEqualTo("ONLINE");
    assertThat(received.getJsonObject("applicant").getString("idNumber"))
        .isEqualTo("4228**********0024");
    assertThat(received.getJsonObject("applicant").getString("phone")).isEqualTo("138****1234");
    assertThat(jianshi.line(clerk, s.number()).getString("step")).isEqualTo("accept");

    Http.Reply accepted = jianshi.action(clerk, s.id(), "accept", null);
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(accepted.json().getString("status")).isEqualTo("ACCEPTED");
    assertThat(clocks(accepted.json())).contains("decision:RUNNING");

    jianshi.complete(anon.as("jianshi.reviewer"), s.number(), true, "材料齐全");
    JsonObject approved = jianshi.complete(anon.as("jianshi.approver"), s.number(), true, "准予核准");
    assertThat(approved.getString("status")).isEqualTo("APPROVED");
    JsonObject done = jianshi.complete(clerk, s.number(), true, "已送达");
    assertThat(done.getString("status")).isEqualTo("COMPLETED");

    Http.Reply lookup = jianshi.lookup(s.number(), s.queryCode());
    assertThat(lookup.status()).as(lookup.body()).isEqualTo(200);
    JsonObject progress = lookup.json();
    assertThat(progress.getString("applicantName")).isEqualTo("张**");
    assertThat(progress.toString()).doesNotContain("13800001234", CaseworkClient.ID_NUMBER);
    List<JsonObject> events = progress.getJsonArray("events").getValuesAs(JsonObject.class);
    assertThat(events.stream().map(e -> e.getString("kind")))
        .containsExactly("received", "accepted", "review-done", "approved", "completed");
    assertThat(events).allSatisfy(e -> assertThat(e.getString("at")).isNotBlank());
    assertThat(jianshi.lookup(s.number(), "000000").status()).isIn(404, 429);

    assertThat(pdfText(clerk, "/cases/" + s.id() + "/documents/acceptance"))
        .contains("受理通知书", s.number(), "企业投资项目核准", "4228**********0024")
        .doesNotContain(CaseworkClient.ID_NUMBER);
    assertThat(pdfText(resident, "/my/cases/" + s.id() + "/documents/decision"))
        .contains("准予行政许可决定书", s.number());
    assertThat(clerk.get(jianshi.base() + "/cases/" + s.id() + "/documents/refusal").status())
        .isEqualTo(409);
    assertThat(resident.get("/t/jianshi/api/v1/my/cases").array().toString()).contains(s.number());
    assertThat(resident.get("/t/jianshi/api/v1/my/messages").array().toString()).contains("已办结");
    // the SMS port's contract: one text per status the applicant is told of, number masked at rest
    assertThat(smsTo(s.id())).hasSize(4).allSatisfy(r -> assertThat(r).isEqualTo("138****1234"));
    assertThat(
            anon.as("jianshi.admin")
                .header("Accept", "text/html")
                .get("/t/jianshi/console/cases/sms")
                .body())
        .contains(s.number())
        .doesNotContain("13800001234");
  }

  static List<String> smsTo(String caseId) {
    try (var c = TestStack.get().superuserDataSource("yangguang").getConnection();
        var ps =
            c.prepareStatement(
                "SELECT recipient FROM yg.case_notification WHERE case_id = ?::uuid AND channel = 'SMS'")) {
      ps.setString(1, caseId);
      try (var rs = ps.executeQuery()) {
        List<String> out = new java.util.ArrayList<>();
        while (rs.next()) {
          out.add(rs.getString(1));
        }
        return out;
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aJointCaseReachesTheDecisionOnlyAfterEveryBranch() {
    Http clerk = anon.as("jianshi.clerk");
    CaseworkClient.Submitted s = jianshi.apply(clerk, JOINT_ITEM);
    assertThat(jianshi.detail(clerk, s.id()).getString("channel")).isEqualTo("WINDOW");
    assertThat(jianshi.action(clerk, s.id(), "accept", null).status()).isEqualTo(200);

    Http approver = anon.as("jianshi.approver");
    jianshi.complete(anon.as("jianshi.reviewer"), s.number(), true, "发改意见：同意");
    assertThat(jianshi.line(approver, s.number())).as("no decision before the 民政 branch").isNull();
    assertThat(openSteps(jianshi.detail(clerk, s.id()))).containsExactly("branch");

    jianshi.complete(anon.as("jianshi.reviewer2"), s.number(), true, "民政意见：同意");
    assertThat(jianshi.line(approver, s.number())).isNotNull();
    assertThat(jianshi.complete(approver, s.number(), false, "不符合节能标准").getString("status"))
        .isEqualTo("REJECTED");
  }

  @Test
  void aSupplementNoticeInTimeLeavesTheCaseUnacceptedWithNoDecisionClock() {
    Http resident = anon.as("resident2");
    CaseworkClient.Submitted s = jianshi.apply(resident, PROMISE_ITEM);
    Http clerk = anon.as("jianshi.clerk");
    Http.Reply notice =
        jianshi.action(clerk, s.id(), "supplement-notice", "{\"reason\":\"请补充项目申请报告的盖章页\"}");
    assertThat(notice.status()).as(notice.body()).isEqualTo(200);
    JsonObject d = notice.json();
    assertThat(d.getString("status")).isEqualTo("AWAITING_SUPPLEMENT");
    assertThat(d.containsKey("acceptedAt")).isFalse();
    assertThat(clocks(d)).containsExactly("acceptance:COMPLETED");
    assertThat(jianshi.action(clerk, s.id(), "accept", null).status()).isEqualTo(409);
    assertThat(jianshi.action(clerk, s.id(), "supplement-notice", "{\"reason\":\"再补\"}").status())
        .isEqualTo(409);
    assertThat(pdfText(clerk, "/cases/" + s.id() + "/documents/supplement"))
        .contains("补正材料通知书", "请补充项目申请报告的盖章页");
  }

  /** The text of a PDF notice, read with PDFBox. */
  static String pdfText(Http who, String path) {
    Http.Reply r = who.get(jianshi.base() + path);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("application/pdf");
    try (var doc = org.apache.pdfbox.Loader.loadPDF(r.bytes())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
    } catch (java.io.IOException e) {
      throw new AssertionError("not a PDF: " + path, e);
    }
  }

  static List<String> clocks(JsonObject detail) {
    return detail.getJsonArray("clocks").getValuesAs(JsonObject.class).stream()
        .map(c -> c.getString("step") + ":" + c.getString("status"))
        .toList();
  }

  static List<String> openSteps(JsonObject detail) {
    return detail.getJsonArray("workItems").getValuesAs(JsonObject.class).stream()
        .filter(w -> w.getBoolean("open"))
        .map(w -> w.getString("step"))
        .toList();
  }
}
