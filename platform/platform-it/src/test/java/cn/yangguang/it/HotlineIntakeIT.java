package cn.yangguang.it;

import static cn.yangguang.it.HotlineIT.API;
import static cn.yangguang.it.HotlineIT.act;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hotline's other intake channels and the county's settings, against the real stack: the SMS
 * gateway's webhook with the county's key, the portal's form and mailbox with their abuse limit and
 * the progress lookup, a county's own time limits and dispatch rules per place, and a unit officer
 * who sees her unit's tickets only.
 */
@ExtendWith(TestStack.class)
@Order(63)
class HotlineIntakeIT {

  static final String PAGES = "/t/jianshi/plugins/hotline-12345/";
  static final String FORM = "application/x-www-form-urlencoded";

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void aTextMessageFromTheGatewayBecomesATicket() {
    Http gateway = TestStack.http().header("X-Hotline-Key", "demo-sms-key");
    Http.Reply r =
        gateway.postJson(API + "sms", "{\"from\":\"13811112222\",\"text\":\"村口桥面有大坑，请尽快修补\"}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    String n = r.json().getString("number");
    JsonObject t = TestStack.http().as("jianshi.dispatcher").get(API + "tickets/" + n).json();
    assertThat(t.getString("channel")).isEqualTo("SMS");
    assertThat(t.getString("callerPhone")).isEqualTo("138****2222");
    assertThat(gateway.postJson(API + "sms", "{\"from\":\"13811112222\",\"text\":\"\"}").status())
        .isEqualTo(400);
  }

  @Test
  void thePortalFormAndMailboxTakeTicketsUpToTheLimitAndTheCallerLooksThemUp() {
    Http anon = TestStack.http();
    String phone = "13700001234";
    String number = null;
    String code = null;
    for (int i = 0; i < 5; i++) {
      Http.Reply r =
          anon.post(
              PAGES + "submit",
              FORM,
              "channel="
                  + (i == 0 ? "MAILBOX" : "WEB")
                  + "&type=SUGGESTION&description="
                  + enc("建议在广场增设休息座椅 " + i)
                  + "&phone="
                  + phone);
      assertThat(r.status()).as(r.toString()).isEqualTo(200);
      if (i == 0) {
        number = r.body().replaceAll("(?s).*<dd id=\"number\">(\\d+)</dd>.*", "$1");
        code = r.body().replaceAll("(?s).*<dd id=\"code\">(\\d+)</dd>.*", "$1");
      }
    }
    Http.Reply sixth =
        anon.post(PAGES + "submit", FORM, "type=SUGGESTION&description=x&phone=" + phone);
    assertThat(sixth.status()).isEqualTo(429);
    assertThat(sixth.body()).contains("5");
    Http.Reply robot =
        anon.post(PAGES + "submit", FORM, "type=HELP&description=x&phone=13900000000&website=spam");
    assertThat(robot.status()).isEqualTo(400);
    Http.Reply noPhone = anon.post(PAGES + "submit", FORM, "type=HELP&description=x");
    assertThat(noPhone.status()).isEqualTo(400);

    JsonObject t = TestStack.http().as("jianshi.dispatcher").get(API + "tickets/" + number).json();
    assertThat(t.getString("channel")).isEqualTo("MAILBOX");
    Http.Reply found = anon.get(PAGES + "lookup?number=" + number + "&code=" + code);
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.body()).contains("已受理").doesNotContain(phone);
    assertThat(anon.get(PAGES + "lookup?number=" + number + "&code=000000x").status())
        .isEqualTo(404);
    assertThat(anon.header("Accept-Language", "en").get(PAGES).body())
        .contains("12345 citizen hotline");
  }

  @Test
  void aCountysOwnLimitAndPlaceRuleDecideTheClockAndTheUnit() {
    Http dispatcher = TestStack.http().as("jianshi.dispatcher");
    assertThat(
            dispatcher
                .put(
                    API + "time-limits",
                    "application/json",
                    "{\"step\":\"SIGN\",\"type\":\"SUGGESTION\",\"urgency\":\"NORMAL\",\"amount\":3,"
                        + "\"unit\":\"HOURS\"}")
                .status())
        .isEqualTo(200);
    assertThat(
            dispatcher
                .put(
                    API + "time-limits",
                    "application/json",
                    "{\"step\":\"SIGN\",\"type\":\"SUGGESTION\",\"urgency\":\"NORMAL\",\"amount\":3,"
                        + "\"unit\":\"FORTNIGHTS\"}")
                .status())
        .isEqualTo(400);
    Http.Reply rule =
        dispatcher.put(
            API + "catalogue/rules",
            "application/json",
            "{\"serviceCode\":\"suggestion\",\"place\":\"花坪镇\",\"leadUnit\":\"jsx-mzj\",\"coUnits\":[\"jsx-zjj\"]}");
    assertThat(rule.status()).as(rule.toString()).isEqualTo(200);
    assertThat(
            dispatcher
                .put(
                    API + "catalogue/rules",
                    "application/json",
                    "{\"serviceCode\":\"suggestion\",\"leadUnit\":\"sqx-mzj\"}")
                .status())
        .as("another county's unit")
        .isEqualTo(400);

    Http.Reply created =
        TestStack.http()
            .as("jianshi.taker")
            .postJson(
                API + "tickets",
                "{\"serviceCode\":\"suggestion\",\"description\":\"花坪镇集镇建议增设公交站\","
                    + "\"address\":\"建始县花坪镇集镇\"}");
    String n = created.json().getString("number");
    JsonObject d = act("jianshi.dispatcher", n, "dispatch", "{}");
    assertThat(d.getString("leadUnit")).isEqualTo("jsx-mzj");
    JsonObject lead = d.getJsonArray("assignments").getJsonObject(0);
    JsonObject co = d.getJsonArray("assignments").getJsonObject(1);
    assertThat(co.getString("unit")).isEqualTo("jsx-zjj");
    assertThat(co.getBoolean("lead")).isFalse();
    Instant dispatched = Instant.parse(lead.getString("dispatchedAt"));
    Instant due = Instant.parse(lead.getJsonObject("signClock").getString("dueAt"));
    assertThat(Duration.between(dispatched, due)).isEqualTo(Duration.ofHours(3));

    // the unit officer of 住建局 co-handles it but does not see 民政局's other tickets
    Http unit = TestStack.http().as("jianshi.unit");
    String other =
        TestStack.http()
            .as("jianshi.taker")
            .postJson(API + "tickets", "{\"type\":\"HELP\",\"description\":\"低保咨询转办\"}")
            .json()
            .getString("number");
    act("jianshi.dispatcher", other, "dispatch", "{\"leadUnit\":\"jsx-mzj\"}");
    assertThat(unit.get(API + "tickets").body()).doesNotContain(other).contains(n);
    assertThat(unit.get(API + "tickets/" + other).status()).isEqualTo(403);
    assertThat(unit.get(API + "tickets/" + n).status()).isEqualTo(200);
    assertThat(TestStack.http().as("jianshi.unit2").get(API + "tickets").body()).contains(other);
  }

  @Test
  void openingAndDispatchingATicketArePublishedForTheSupervisionStream() throws Exception {
    String n =
        TestStack.http()
            .as("jianshi.taker")
            .postJson(
                API + "tickets",
                "{\"type\":\"COMPLAINT\",\"description\":\"窗口人员态度差，电话13712345678\"}")
            .json()
            .getString("number");
    act("jianshi.dispatcher", n, "dispatch", "{\"leadUnit\":\"jsx-zwj\"}");
    try (Connection c = TestStack.get().systemDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT type, payload::text FROM yg.outbox_event WHERE subject_id = ?"
                    + " AND type LIKE 'hotline-12345.%' ORDER BY position NULLS LAST, occurred_at")) {
      ps.setString(1, n);
      List<String> events = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          events.add(rs.getString(1) + " " + rs.getString(2));
        }
      }
      assertThat(events).hasSize(2);
      assertThat(events.get(0))
          .startsWith("hotline-12345.ticket.opened")
          .contains("\"type\": \"COMPLAINT\"")
          .doesNotContain("13712345678");
      assertThat(events.get(1))
          .startsWith("hotline-12345.ticket.dispatched")
          .contains("\"unitCode\": \"jsx-zwj\"");
    }
  }
}
