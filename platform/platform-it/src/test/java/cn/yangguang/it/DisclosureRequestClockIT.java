package cn.yangguang.it;

import static cn.yangguang.it.DisclosureRequestClient.act;
import static cn.yangguang.it.DisclosureRequestClient.enter;
import static cn.yangguang.it.DisclosureRequestClient.workingDay;
import static cn.yangguang.it.DisclosureRequestClient.workingDaysAfter;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The statutory clock of a request as days pass (these tests move the platform clock forward):
 * after a supplement the deadline is 20 working days from its arrival plus the working days spent
 * on a third-party consultation; no supplement within its period closes the request as abandoned,
 * in row 三(六)1 of the report.
 */
@ExtendWith(TestStack.class)
@Order(79)
@Tag("moves-clock")
class DisclosureRequestClockIT {

  static final Http anon = TestStack.http();

  @Test
  void afterASupplementTheDeadlineIsTwentyWorkingDaysFromItsArrivalPlusTheConsultation() {
    String id = enter(anon).getString("id");
    JsonObject noticed =
        act(anon, id, "supplement-notice", "{\"asked\":\"请补充身份证明及所需信息的年份\",\"periodDays\":15}");
    assertThat(noticed.getString("status")).isEqualTo("AWAITING_SUPPLEMENT");
    assertThat(noticed.getJsonObject("deadline").getString("status")).isEqualTo("PAUSED");
    assertThat(
            DisclosureRequestClient.tryAct(anon, id, "supplement-notice", "{\"asked\":\"再补\"}")
                .status())
        .isEqualTo(409);

    advance(2);
    LocalDate arrival = DisclosureFixtures.today(anon);
    JsonObject supplemented = act(anon, id, "supplement", null);
    assertThat(supplemented.getString("clockStartOn")).isEqualTo(arrival.toString());
    assertThat(LocalDate.parse(supplemented.getJsonObject("deadline").getString("date")))
        .isEqualTo(workingDaysAfter(anon, arrival, 20));

    advance(1);
    LocalDate sent = DisclosureFixtures.today(anon);
    JsonObject consulting =
        act(anon, id, "consultation", "{\"kind\":\"THIRD_PARTY\",\"party\":\"某企业（第三方）\"}");
    String c = consulting.getJsonArray("consultations").getJsonObject(0).getString("id");
    advance(4);
    LocalDate answered = DisclosureFixtures.today(anon);
    JsonObject back =
        act(
            anon,
            id,
            "consultation-answer",
            "{\"consultationId\":\"" + c + "\",\"opinion\":\"CONSENT\"}");
    assertThat(back.getString("status")).isEqualTo("IN_PROGRESS");

    int spent = 0;
    for (LocalDate d = sent; !d.isAfter(answered); d = d.plusDays(1)) {
      spent += workingDay(anon, d) ? 1 : 0;
    }
    assertThat(LocalDate.parse(back.getJsonObject("deadline").getString("date")))
        .as("20 working days from %s plus %d working days of consultation", arrival, spent)
        .isEqualTo(workingDaysAfter(anon, arrival, 20 + spent));
    JsonObject done = act(anon, id, "answer", "{\"outcome\":\"PARTIAL\",\"reason\":\"部分涉及个人隐私\"}");
    assertThat(done.getJsonObject("closure").getString("reportRow")).isEqualTo("R2");
    assertThat(done.getJsonObject("deadline").getString("status")).isEqualTo("COMPLETED");
  }

  @Test
  void noSupplementWithinThePeriodMeansTheRequestIsAbandoned() throws Exception {
    String id = enter(anon).getString("id");
    act(anon, id, "supplement-notice", "{\"asked\":\"请明确所需信息的名称\",\"periodDays\":1}");
    advance(12);
    JsonObject r = null;
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < until) {
      r = DisclosureRequestClient.get(anon, id);
      if ("CLOSED".equals(r.getString("status"))) {
        break;
      }
      Thread.sleep(200);
    }
    assertThat(r.getString("status")).isEqualTo("CLOSED");
    assertThat(r.getJsonObject("closure").getString("outcome"))
        .isEqualTo("ABANDONED_NO_SUPPLEMENT");
    assertThat(r.getJsonObject("closure").getString("reportRow")).isEqualTo("R6_1");
    assertThat(r.getJsonObject("deadline").getString("status")).isEqualTo("CANCELLED");
    assertThat(DisclosureRequestClient.tryAct(anon, id, "supplement", null).status())
        .isEqualTo(409);
  }

  private static void advance(int days) {
    Http.Reply moved =
        anon.asOperator().postJson("/api/v1/platform/clock/advance", "{\"days\":" + days + "}");
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
  }
}
