package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the head and the handling staff do besides moving a case along: the one extension of the
 * decision period (Licensing Law Art. 42) with its written notice, and reading an application's
 * materials, which only the case's own staff may do and which is audited.
 */
@ExtendWith(TestStack.class)
@Order(72)
class CaseworkStaffActionsIT {

  static final CaseworkClient jianshi = new CaseworkClient("jianshi");
  static final Http anon = TestStack.http();

  @Test
  void theHeadExtendsTheDecisionPeriodOnceAndTheApplicantIsToldWhy() {
    Http clerk = anon.as("jianshi.clerk");
    Http head = anon.as("jianshi.approver");
    CaseworkClient.Submitted s = jianshi.apply(anon.as("resident1"), CaseworkIT.PROMISE_ITEM);
    assertThat(jianshi.action(head, s.id(), "extension", "{\"reason\":\"需现场核查\"}").status())
        .as("not before acceptance")
        .isEqualTo(409);
    assertThat(jianshi.action(clerk, s.id(), "accept", null).status()).isEqualTo(200);
    Instant due = decisionDue(jianshi.detail(clerk, s.id()));
    assertThat(jianshi.detail(clerk, s.id()).getJsonArray("notices").toString())
        .doesNotContain("extension");

    assertThat(jianshi.action(clerk, s.id(), "extension", "{\"reason\":\"需现场核查\"}").status())
        .as("a window clerk is not the head")
        .isEqualTo(403);
    assertThat(jianshi.action(head, s.id(), "extension", "{\"reason\":\" \"}").status())
        .isEqualTo(400);
    assertThat(extension(s.id())).isZero();

    Http.Reply extended = jianshi.action(head, s.id(), "extension", "{\"reason\":\"需组织现场核查\"}");
    assertThat(extended.status()).as(extended.body()).isEqualTo(200);
    JsonObject d = extended.json();
    assertThat(extension(s.id())).isEqualTo(10);
    assertThat(decisionDue(d)).isAfter(due);
    assertThat(d.getJsonArray("notices").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactly("acceptance", "extension");
    assertThat(
            d.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("kind")))
        .contains("extended");

    assertThat(jianshi.action(head, s.id(), "extension", "{\"reason\":\"再次延长\"}").status())
        .as("Art. 42 allows one extension")
        .isEqualTo(409);
    assertThat(extension(s.id())).isEqualTo(10);

    // lines wrap where the text's length (dates included) puts them: compare without line breaks
    assertThat(
            CaseworkIT.pdfText(clerk, "/cases/" + s.id() + "/documents/extension")
                .replaceAll("\\s+", ""))
        .contains("延长行政许可期限告知书", s.number(), "需组织现场核查", "延长10个工作日", "4228**********0024");
    assertThat(
            CaseworkIT.pdfText(
                anon.as("resident1"), "/my/cases/" + s.id() + "/documents/extension"))
        .contains("第四十二条");
    assertThat(anon.as("resident1").get("/t/jianshi/api/v1/my/messages").array().toString())
        .contains("延长审批期限", "需组织现场核查");
    assertThat(CaseworkIT.smsTo(s.id())).hasSize(3); // received, accepted, extended
    assertThat(
            anon.as("resident1").header("Accept", "text/html").get("/t/jianshi/cases/mine").body())
        .contains("/documents/extension");
  }

  @Test
  void onlyTheCasesOwnStaffReadItsMaterialsAndEveryReadIsAudited() {
    Http clerk = anon.as("jianshi.clerk");
    CaseworkClient.Submitted s = jianshi.apply(anon.as("resident1"), CaseworkIT.PROMISE_ITEM);
    JsonObject d = jianshi.detail(clerk, s.id());
    String fileId = d.getJsonArray("materials").getJsonObject(0).getString("fileId");
    String path = jianshi.base() + "/cases/" + s.id() + "/materials/";

    Http.Reply read = clerk.get(path + fileId);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(read.bytes()).isEqualTo(FileStorageIT.PDF);
    assertThat(read.header("Content-Disposition")).startsWith("attachment");

    assertThat(anon.as("jianshi.landclerk").get(path + fileId).status())
        .as("another department's window")
        .isEqualTo(403);
    assertThat(clerk.get(path + java.util.UUID.randomUUID()).status()).isEqualTo(404);
    assertThat(anon.get(path + fileId).status()).isEqualTo(401);

    String replay = anon.asOperator().get("/t/jianshi/api/v1/audit/subjects/case/" + s.id()).body();
    assertThat(replay).contains("case.material-read", "jianshi.clerk");
    assertThat(clerk.header("Accept", "text/html").get("/t/jianshi/console/cases/" + s.id()).body())
        .contains("/materials/" + fileId);
  }

  private static Instant decisionDue(JsonObject detail) {
    return detail.getJsonArray("clocks").getValuesAs(JsonObject.class).stream()
        .filter(c -> "decision".equals(c.getString("step")))
        .map(c -> Instant.parse(c.getString("dueAt")))
        .findFirst()
        .orElseThrow();
  }

  private static int extension(String caseId) {
    try (Connection c = TestStack.get().superuserDataSource("yangguang").getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT extension_amount FROM yg.clock WHERE subject_type = 'case'"
                    + " AND subject_id = ? AND step = 'decision'")) {
      ps.setString(1, caseId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getInt(1) : -1;
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
