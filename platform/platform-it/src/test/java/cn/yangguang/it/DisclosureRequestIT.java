package cn.yangguang.it;

import static cn.yangguang.it.DisclosureRequestClient.AGENCY;
import static cn.yangguang.it.DisclosureRequestClient.BASE;
import static cn.yangguang.it.DisclosureRequestClient.OFFICER;
import static cn.yangguang.it.DisclosureRequestClient.act;
import static cn.yangguang.it.DisclosureRequestClient.body;
import static cn.yangguang.it.DisclosureRequestClient.cell;
import static cn.yangguang.it.DisclosureRequestClient.enter;
import static cn.yangguang.it.DisclosureRequestClient.report;
import static cn.yangguang.it.DisclosureRequestClient.tryAct;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Disclosure on request against the real stack (without moving the platform clock): the demo
 * agency's annual reports of 2024 and 2025 from its seeded requests, every outcome in its row of
 * Table 3, the receipt-date rule of each channel, the extension, the third party's objection, fees
 * in the free band, agency and tenant isolation, and bad input that changes nothing.
 */
@ExtendWith(TestStack.class)
@Order(56)
class DisclosureRequestIT {

  static final Http anon = TestStack.http();

  @Test
  void theDemoAgencys2025ReportBalancesAndCarriesIn2024sCarriedOut() {
    JsonObject y2024 = report(anon, AGENCY, 2024);
    JsonObject y2025 = report(anon, AGENCY, 2025);
    for (JsonObject r : new JsonObject[] {y2024, y2025}) {
      assertThat(r.getBoolean("balanced")).as(r.toString()).isTrue();
      for (String col : r.getJsonObject("table3").getJsonObject("received").keySet()) {
        // 一 + 二 = 三(七) + 四, checked here from the rows the report counted
        assertThat(cell(r, "received", col) + cell(r, "carriedIn", col))
            .as(col)
            .isEqualTo(cell(r, "outcomeTotal", col) + cell(r, "carriedOut", col));
      }
    }
    assertThat(y2025.getJsonObject("table3").getJsonObject("carriedIn"))
        .isEqualTo(y2024.getJsonObject("table3").getJsonObject("carriedOut"));
    // the seeded data: 15 received in 2025, 3 carried in, 2 carried out, 3 partial disclosures
    assertThat(cell(y2025, "received", "TOTAL")).isEqualTo(15);
    assertThat(cell(y2025, "carriedIn", "TOTAL")).isEqualTo(3);
    assertThat(cell(y2025, "carriedOut", "TOTAL")).isEqualTo(2);
    assertThat(cell(y2025, "R2", "TOTAL")).isEqualTo(3);
    assertThat(cell(y2025, "outcomeTotal", "TOTAL")).isEqualTo(16);
    // 四 counts what was open on 31 December, straight from the table
    assertThat(openOn31December(2025)).isEqualTo(2);
    // Table 2: the ex-officio decisions of 2025
    assertThat(y2025.getJsonObject("table2").getInt("penaltyDecisions")).isEqualTo(2);
    assertThat(y2025.getJsonObject("table2").getInt("enforcementDecisions")).isEqualTo(1);
    assertThat(y2025.getString("dueOn")).isEqualTo("2026-01-31");

    // once 2024 is published, 2025's 二 is read from it
    Http.Reply published =
        anon.as(OFFICER)
            .postJson("/t/jianshi/api/v1/disclosure-reports/" + AGENCY + "/2024/publish", "{}");
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    assertThat(published.json().getString("status")).isEqualTo("PUBLISHED");
    JsonObject after = report(anon, AGENCY, 2025);
    assertThat(after.getBoolean("carriedInFromReport")).isTrue();
    assertThat(after.getJsonObject("table3").getJsonObject("carriedIn"))
        .isEqualTo(published.json().getJsonObject("table3").getJsonObject("carriedOut"));
    assertThat(
            anon.as(OFFICER)
                .postJson("/t/jianshi/api/v1/disclosure-reports/" + AGENCY + "/2024/publish", "{}")
                .status())
        .isEqualTo(409);
    // the report as PDF with its three tables
    assertThat(CaseworkIT.pdfText(anon.as(OFFICER), "/disclosure-reports/" + AGENCY + "/2025/pdf"))
        .contains("2025年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", "部分公开", "结转下年度继续办理");
    // the report went to confidentiality review in the annual-report column
    String doc = published.json().getString("documentId");
    assertThat(anon.as("jianshi.discloser").get("/t/jianshi/api/v1/disclosure/work").body())
        .contains(doc);
  }

  @Test
  void everyAnswerLandsInItsRowOfTable3AndAPartialDisclosureInRow2() {
    int year = DisclosureFixtures.today(anon).getYear();
    JsonObject before = report(anon, AGENCY, year);
    Map<String, String> outcomes = new LinkedHashMap<>();
    outcomes.put("PARTIAL", "R2");
    outcomes.put("PROVIDED", "R1");
    outcomes.put("ALREADY_PUBLIC", "R1");
    outcomes.put("WITHHELD_STATE_SECRET", "R3_1");
    outcomes.put("WITHHELD_LAW", "R3_2");
    outcomes.put("WITHHELD_SAFETY", "R3_3");
    outcomes.put("WITHHELD_THIRD_PARTY", "R3_4");
    outcomes.put("WITHHELD_INTERNAL", "R3_5");
    outcomes.put("WITHHELD_PROCESS", "R3_6");
    outcomes.put("WITHHELD_ENFORCEMENT_FILE", "R3_7");
    outcomes.put("WITHHELD_QUERY", "R3_8");
    outcomes.put("NOT_HELD", "R4_1");
    outcomes.put("NEEDS_NEW_WORK", "R4_2");
    outcomes.put("STILL_UNCLEAR", "R4_3");
    outcomes.put("PETITION", "R5_1");
    outcomes.put("REPEAT", "R5_2");
    outcomes.put("PUBLICATION", "R5_3");
    outcomes.put("EXCESSIVE", "R5_4");
    outcomes.put("CONFIRMATION", "R5_5");
    outcomes.put("REGISTRATION_RECORDS", "R6_3");
    Map<String, Integer> expected = new LinkedHashMap<>();
    for (var e : outcomes.entrySet()) {
      String id = enter(anon).getString("id");
      JsonObject answered =
          act(anon, id, "answer", "{\"outcome\":\"" + e.getKey() + "\",\"reason\":\"依法处理\"}");
      assertThat(answered.getString("status")).isEqualTo("CLOSED");
      assertThat(answered.getJsonObject("closure").getString("reportRow")).isEqualTo(e.getValue());
      expected.merge(e.getValue(), 1, Integer::sum);
    }
    JsonObject after = report(anon, AGENCY, year);
    for (var e : expected.entrySet()) {
      assertThat(
              cell(after, e.getKey(), "NATURAL_PERSON")
                  - cell(before, e.getKey(), "NATURAL_PERSON"))
          .as(e.getKey())
          .isEqualTo(e.getValue());
    }
    assertThat(cell(after, "received", "TOTAL") - cell(before, "received", "TOTAL"))
        .isEqualTo(outcomes.size());
    assertThat(after.getBoolean("balanced")).isTrue();
  }

  @Test
  void theReceiptDateFollowsTheChannel() {
    LocalDate today = DisclosureFixtures.today(anon);
    Http officer = anon.as(OFFICER);
    String id = DisclosureRequestClient.PERSON_ID;
    // registered post: the day signed for, required
    Http.Reply noDate =
        officer.postJson(BASE, body(AGENCY, "REGISTERED_POST", null, "NATURAL_PERSON", id));
    assertThat(noDate.status()).isEqualTo(422);
    assertThat(noDate.body()).contains("signedForOn");
    Http.Reply post =
        officer.postJson(
            BASE,
            body(
                AGENCY,
                "REGISTERED_POST",
                "\"signedForOn\":\"" + today.minusDays(3) + "\"",
                "NATURAL_PERSON",
                id));
    assertThat(post.status()).isEqualTo(201);
    assertThat(post.json().getString("receivedOn")).isEqualTo(today.minusDays(3).toString());
    // a plain letter: the day confirmed with the applicant, not the day it was handed in
    Http.Reply letter =
        officer.postJson(
            BASE,
            body(
                AGENCY,
                "PLAIN_LETTER",
                "\"handedInOn\":\""
                    + today.minusDays(5)
                    + "\",\"confirmedOn\":\""
                    + today.minusDays(1)
                    + "\"",
                "COMMERCIAL",
                "91422822MA4F1234X5"));
    assertThat(letter.status()).as(letter.toString()).isEqualTo(201);
    assertThat(letter.json().getString("receivedOn")).isEqualTo(today.minusDays(1).toString());
    // fax: confirmed by both sides; in person: the day handed in (today by default)
    assertThat(officer.postJson(BASE, body(AGENCY, "FAX", null, "NATURAL_PERSON", id)).body())
        .contains("confirmedOn");
    assertThat(enter(anon).getString("receivedOn")).isEqualTo(today.toString());
    // never in the future
    Http.Reply future =
        officer.postJson(
            BASE,
            body(
                AGENCY,
                "IN_PERSON",
                "\"handedInOn\":\"" + today.plusDays(2) + "\"",
                "NATURAL_PERSON",
                id));
    assertThat(future.status()).isEqualTo(422);
    // online on the portal: received today, whatever date is claimed
    Http.Reply online =
        anon.as("resident1")
            .postJson(
                "/t/jianshi/api/v1/my/disclosure-requests",
                body(
                    AGENCY,
                    "ONLINE",
                    "\"confirmedOn\":\"" + today.minusDays(30) + "\"",
                    "NATURAL_PERSON",
                    id));
    assertThat(online.status()).as(online.toString()).isEqualTo(201);
    assertThat(online.json().getString("receivedOn")).isEqualTo(today.toString());
    String number = online.json().getString("number");
    String code = online.json().getString("queryCode");
    JsonObject status =
        anon.postJson(
                "/t/jianshi/api/v1/disclosure-requests/lookup",
                "{\"number\":\"" + number + "\",\"queryCode\":\"" + code + "\"}")
            .json();
    assertThat(status.getString("status")).isEqualTo("IN_PROGRESS");
    assertThat(status.getJsonObject("applicant").getString("idNumber")).doesNotContain("19850315");
    assertThat(
            anon.postJson(
                    "/t/jianshi/api/v1/disclosure-requests/lookup",
                    "{\"number\":\"" + number + "\",\"queryCode\":\"00000000\"}")
                .status())
        .isEqualTo(404);
    assertThat(anon.as("resident1").get("/t/jianshi/api/v1/my/disclosure-requests").body())
        .contains(number);
    // she is told by SMS (the development outbox keeps the number masked) and in the portal
    String requestId = online.json().getString("id");
    var messages =
        anon.as("resident1")
            .get("/t/jianshi/api/v1/my/disclosure-requests/" + requestId)
            .json()
            .getJsonArray("messages")
            .getValuesAs(JsonObject.class);
    assertThat(messages)
        .extracting(m -> m.getString("channel"))
        .containsExactlyInAnyOrder("SMS", "INAPP");
    for (JsonObject m : messages) {
      assertThat(m.getString("text")).contains("已收到申请", number);
      if ("SMS".equals(m.getString("channel"))) {
        assertThat(m.getString("recipient")).isEqualTo("139****0009");
      }
    }
    assertThat(anon.as("resident2").get("/t/jianshi/api/v1/my/disclosure-requests").body())
        .doesNotContain(number);
  }

  @Test
  void oneExtensionOfTwentyWorkingDaysAndAThirdPartyIsToldBeforeDisclosure() {
    JsonObject r = enter(anon);
    String id = r.getString("id");
    LocalDate deadline =
        LocalDate.parse(
            DisclosureRequestClient.get(anon, id).getJsonObject("deadline").getString("date"));
    JsonObject extended = act(anon, id, "extension", "{\"reason\":\"需调取多年档案\"}");
    assertThat(LocalDate.parse(extended.getJsonObject("deadline").getString("date")))
        .isEqualTo(DisclosureRequestClient.workingDaysAfter(anon, deadline, 20));
    assertThat(tryAct(anon, id, "extension", "{\"reason\":\"再次\"}").status()).isEqualTo(409);
    JsonObject consulting =
        act(anon, id, "consultation", "{\"kind\":\"THIRD_PARTY\",\"party\":\"某企业（第三方）\"}");
    assertThat(consulting.getString("status")).isEqualTo("CONSULTING");
    assertThat(consulting.getJsonObject("deadline").getString("status")).isEqualTo("PAUSED");
    String c = consulting.getJsonArray("consultations").getJsonObject(0).getString("id");
    assertThat(tryAct(anon, id, "answer", "{\"outcome\":\"PROVIDED\"}").status()).isEqualTo(409);
    act(
        anon,
        id,
        "consultation-answer",
        "{\"consultationId\":\"" + c + "\",\"opinion\":\"OBJECTION\"}");
    Http.Reply early = tryAct(anon, id, "answer", "{\"outcome\":\"PROVIDED\"}");
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.body()).contains("Art. 32");
    act(anon, id, "overrule", "{\"consultationId\":\"" + c + "\"}");
    assertThat(
            CaseworkIT.pdfText(
                anon.as(OFFICER), "/disclosure-requests/" + id + "/documents/third_party"))
        .contains("第三方意见不予采纳告知书", "某企业（第三方）", "第三十二条");
    JsonObject done = act(anon, id, "answer", "{\"outcome\":\"PROVIDED\"}");
    assertThat(done.getJsonObject("deadline").getString("status")).isEqualTo("COMPLETED");
    // the reply as PDF (embedded CJK font, read back), the applicant's number masked
    String reply =
        CaseworkIT.pdfText(anon.as(OFFICER), "/disclosure-requests/" + id + "/documents/reply");
    assertThat(reply)
        .contains("政府信息公开申请答复书", done.getString("number"), "予以公开", "4228")
        .doesNotContain(DisclosureRequestClient.PERSON_ID);
    assertThat(anon.as(OFFICER).get(BASE + "/" + id + "/documents/fee").status()).isEqualTo(409);
  }

  @Test
  void aFeeWithinTheFreeBandIsRefusedAndBadInputChangesNothing() {
    String id = enter(anon).getString("id");
    Http.Reply fee = tryAct(anon, id, "fee-notice", "{\"scale\":\"PER_PAGE\",\"pages\":30}");
    assertThat(fee.status()).isEqualTo(409);
    assertThat(fee.body()).contains("free");
    JsonObject charged = act(anon, id, "fee-notice", "{\"scale\":\"PER_PAGE\",\"pages\":31}");
    assertThat(charged.getJsonObject("fee").getJsonNumber("amount").intValue()).isEqualTo(10);
    assertThat(charged.getString("status")).isEqualTo("AWAITING_FEE");
    assertThat(
            CaseworkIT.pdfText(anon.as(OFFICER), "/disclosure-requests/" + id + "/documents/fee"))
        .contains("收费通知书", "按量计收", "10");
    assertThat(charged.getJsonObject("deadline").getString("status")).isEqualTo("PAUSED");
    assertThat(act(anon, id, "fee-paid", null).getJsonObject("deadline").getString("status"))
        .isEqualTo("RUNNING");
    // withholding needs its reason; an unknown outcome or action is named
    assertThat(tryAct(anon, id, "answer", "{\"outcome\":\"WITHHELD_LAW\"}").body())
        .contains("reason");
    Http.Reply unknown = tryAct(anon, id, "answer", "{\"outcome\":\"MAYBE\"}");
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.body()).contains("outcome");
    assertThat(tryAct(anon, id, "dance", "{}").status()).isEqualTo(404);
    Http.Reply badId =
        anon.as(OFFICER)
            .postJson(
                BASE, body(AGENCY, "IN_PERSON", null, "NATURAL_PERSON", "422822199003070025"));
    assertThat(badId.status()).isEqualTo(422);
    assertThat(badId.body()).contains("applicant.idNumber");
    assertThat(anon.as(OFFICER).postJson(BASE, "{\"agencyCode\":").status()).isEqualTo(400);
    assertThat(DisclosureRequestClient.get(anon, id).getString("status")).isEqualTo("IN_PROGRESS");
    // the full numbers only with a reason, audited
    assertThat(tryAct(anon, id, "unmask", "{}").status()).isEqualTo(400);
    assertThat(act(anon, id, "unmask", "{\"reason\":\"核对身份\"}").getString("idNumber"))
        .isEqualTo(DisclosureRequestClient.PERSON_ID);
    assertThat(
            anon.asOperator()
                .get("/t/jianshi/api/v1/audit/subjects/disclosure-request/" + id)
                .body())
        .contains("disclosure.request.unmask");
  }

  @Test
  void eachAgencySeesItsOwnTheCountyOfficeSeesAllAndOtherCountiesNothing() {
    JsonObject other = enter(anon, "jianshi.discloser", "jsx-fgj");
    String id = other.getString("id");
    assertThat(anon.as(OFFICER).get(BASE + "/" + id).status()).isEqualTo(404);
    assertThat(anon.as(OFFICER).get(BASE).body()).doesNotContain(id);
    assertThat(anon.as(OFFICER).get(BASE + "?agency=jsx-fgj").body()).doesNotContain(id);
    assertThat(tryAct(anon, id, "extension", "{\"reason\":\"x\"}").status()).isEqualTo(404);
    assertThat(anon.as("jianshi.discloser").get(BASE + "/" + id).status()).isEqualTo(200);
    assertThat(anon.as("jianshi.discloser").get(BASE).body()).contains(id);
    // a supervisor reads, but does not act
    assertThat(anon.as("jianshi.supervisor").get(BASE + "/" + id).status()).isEqualTo(200);
    assertThat(
            anon.as("jianshi.supervisor")
                .postJson(BASE + "/" + id + "/extension", "{\"reason\":\"x\"}")
                .status())
        .isEqualTo(409);
    // another county: not at its address, and not at jianshi's
    assertThat(
            anon.as("shenqiu.discloser")
                .get("/t/shenqiu/api/v1/disclosure-requests/" + id)
                .status())
        .isEqualTo(404);
    assertThat(anon.as("shenqiu.discloser").get(BASE + "/" + id).status()).isEqualTo(403);
    // a report of another agency is not the officer's
    assertThat(anon.as(OFFICER).get("/t/jianshi/api/v1/disclosure-reports/jsx-fgj/2025").status())
        .isEqualTo(404);
    assertThat(anon.as(OFFICER).get("/t/jianshi/api/v1/disclosure-reports/*/2025").status())
        .isEqualTo(404);
    assertThat(
            anon.as("jianshi.discloser")
                .get("/t/jianshi/api/v1/disclosure-reports/*/2025")
                .json()
                .getBoolean("balanced"))
        .isTrue();
  }

  @Test
  void aReasonablyExplainedExcessiveRequestGetsALongerDeadlineOnce() {
    String id = enter(anon).getString("id");
    assertThat(tryAct(anon, id, "longer-period", "{\"periodDays\":10}").status()).isEqualTo(409);
    JsonObject asked = act(anon, id, "excessive", "{\"reason\":\"本月第 12 件同类申请\"}");
    LocalDate before = LocalDate.parse(asked.getJsonObject("deadline").getString("date"));
    JsonObject longer = act(anon, id, "longer-period", "{\"periodDays\":10}");
    assertThat(LocalDate.parse(longer.getJsonObject("deadline").getString("date")))
        .isEqualTo(DisclosureRequestClient.workingDaysAfter(anon, before, 10));
    assertThat(tryAct(anon, id, "longer-period", "{\"periodDays\":5}").status()).isEqualTo(409);
    assertThat(longer.getJsonArray("messages").toString()).contains("第三十五条");
  }

  @Test
  void theSupplementNoticeIsDueWithinSevenWorkingDaysOfReceipt() {
    LocalDate today = DisclosureFixtures.today(anon);
    Http.Reply old =
        anon.as(OFFICER)
            .postJson(
                BASE,
                body(
                    AGENCY,
                    "IN_PERSON",
                    "\"handedInOn\":\"" + today.minusDays(20) + "\"",
                    "NATURAL_PERSON",
                    DisclosureRequestClient.PERSON_ID));
    assertThat(old.status()).isEqualTo(201);
    Http.Reply late =
        tryAct(anon, old.json().getString("id"), "supplement-notice", "{\"asked\":\"补充\"}");
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.body()).contains("7 working days");
  }

  static int openOn31December(int year) {
    try (Connection c = TestStack.get().superuserDataSource("yangguang").getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT count(*) FROM yg.disclosure_request WHERE agency_code = ? AND received_on <= ?"
                    + " AND (closed_on IS NULL OR closed_on > ?)")) {
      LocalDate end = LocalDate.of(year, 12, 31);
      ps.setString(1, AGENCY);
      ps.setObject(2, end);
      ps.setObject(3, end);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
