package cn.yangguang.it;

import static cn.yangguang.it.HotlineIT.API;
import static cn.yangguang.it.HotlineIT.act;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.citysim.CitySimulator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tickets dispatched by the prefecture's 12345 platform (a simulated one on a free port): jianshi
 * receives them, and its sign-for, extension, reply and return reach the city; the city's call-back
 * closes a ticket or sends it back for a redo; a city that does not answer leaves the steps
 * waiting.
 */
@ExtendWith(TestStack.class)
@Order(62)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HotlineCityIT {

  static CitySimulator city;

  @BeforeAll
  static void startCity() throws Exception {
    city = new CitySimulator(0, "it-city-key");
    Http.Reply linked =
        TestStack.http()
            .as("jianshi.admin")
            .put(
                API + "city-link",
                "application/json",
                "{\"endpoint\":\""
                    + city.endpoint()
                    + "\",\"apiKey\":\"it-city-key\",\"countyCode\":\"422822\"}");
    assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
    assertThat(linked.body()).doesNotContain("it-city-key");
  }

  @AfterAll
  static void stopCity() {
    city.close();
  }

  static JsonObject sync() {
    Http.Reply r =
        TestStack.http().as("jianshi.dispatcher").post(API + "city/sync", "application/json", "{}");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json();
  }

  static String dispatchFromCity(String summary) {
    String ref =
        city.dispatch(
            "422822",
            Json.createObjectBuilder()
                .add("type", "COMPLAINT")
                .add("urgency", "NORMAL")
                .add("summary", summary)
                .add("description", summary + "，来电人 13500002222")
                .add("callerPhone", "13500002222")
                .add("address", "建始县业州镇")
                .build());
    JsonObject s = sync();
    assertThat(s.getInt("received")).isGreaterThanOrEqualTo(1);
    return TestStack.http()
        .as("jianshi.dispatcher")
        .get(API + "tickets?status=RECEIVED")
        .array()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(t -> t.getString("summary").equals(summary))
        .findFirst()
        .orElseThrow()
        .getString("number");
  }

  static JsonObject atCity(String ref) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(city.endpoint() + "/sim/tickets/" + ref)).build(),
                HttpResponse.BodyHandlers.ofString());
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  static void cityCallsBack(String ref, String satisfaction) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(city.endpoint() + "/sim/tickets/" + ref + "/call-back"))
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"satisfaction\":\"" + satisfaction + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  @Test
  @Order(1)
  void aCityTicketIsSignedExtendedRepliedRedoneAndClosedByTheCitysCallBack() throws Exception {
    String n = dispatchFromCity("市级转办：小区停水两天");
    JsonObject t = TestStack.http().as("jianshi.dispatcher").get(API + "tickets/" + n).json();
    assertThat(t.getString("channel")).isEqualTo("CITY");
    String ref = t.getString("cityRef");
    assertThat(t.getString("callerPhone")).isEqualTo("135****2222");
    assertThat(sync().getInt("received")).as("received once only").isZero();

    act("jianshi.dispatcher", n, "dispatch", "{\"leadUnit\":\"jsx-zjj\"}");
    act("jianshi.unit", n, "sign", "{}");
    act("jianshi.unit", n, "extension", "{\"amount\":3,\"reason\":\"需供水公司抢修管网\"}");
    act("jianshi.dispatcher", n, "extension-decision", "{\"approve\":true}");
    act("jianshi.unit", n, "reply", "{\"text\":\"管网已修复，恢复供水\"}");
    assertThat(sync().getInt("sent")).isEqualTo(3);
    JsonObject c = atCity(ref);
    assertThat(c.getString("state")).isEqualTo("REPLIED");
    assertThat(c.getJsonArray("steps").toString()).contains("SIGN", "EXTENSION", "管网已修复");

    Http.Reply local =
        TestStack.http()
            .as("jianshi.taker")
            .postJson(API + "tickets/" + n + "/call-back", "{\"satisfaction\":\"SATISFIED\"}");
    assertThat(local.status()).as("the city calls back its own tickets").isEqualTo(409);

    cityCallsBack(ref, "DISSATISFIED");
    assertThat(sync().getInt("verdicts")).isEqualTo(1);
    JsonObject redo = TestStack.http().as("jianshi.dispatcher").get(API + "tickets/" + n).json();
    assertThat(redo.getString("status")).isEqualTo("DISPATCHED");
    assertThat(redo.getInt("redoCount")).isEqualTo(1);
    act("jianshi.unit", n, "sign", "{}");
    act("jianshi.unit", n, "reply", "{\"text\":\"已入户检查水压，正常\"}");
    sync();
    assertThat(atCity(ref).getString("state")).isEqualTo("REPLIED");
    cityCallsBack(ref, "SATISFIED");
    sync();
    JsonObject closed = TestStack.http().as("jianshi.dispatcher").get(API + "tickets/" + n).json();
    assertThat(closed.getString("status")).isEqualTo("CLOSED");
    assertThat(closed.getString("satisfaction")).isEqualTo("SATISFIED");
  }

  @Test
  @Order(2)
  void aTicketThatIsNotTheCountysGoesBackToTheCityAndStepsWaitWhileTheCityIsDown()
      throws Exception {
    String n = dispatchFromCity("市级转办：邻县道路塌方");
    String ref =
        TestStack.http()
            .as("jianshi.dispatcher")
            .get(API + "tickets/" + n)
            .json()
            .getString("cityRef");
    act("jianshi.dispatcher", n, "dispatch", "{\"leadUnit\":\"jsx-zjj\"}");
    act("jianshi.unit", n, "return", "{\"reason\":\"地点在邻县，不属本县\"}");
    JsonObject back =
        act("jianshi.dispatcher", n, "return-review", "{\"accept\":true,\"note\":\"退回市级平台\"}");
    assertThat(back.getString("status")).isEqualTo("CLOSED");
    assertThat(back.getString("resolution")).isEqualTo("RETURNED_TO_CITY");
    sync();
    assertThat(atCity(ref).getString("state")).isEqualTo("RETURNED");

    String m = dispatchFromCity("市级转办：路灯不亮");
    act("jianshi.dispatcher", m, "dispatch", "{\"leadUnit\":\"jsx-zjj\"}");
    city.close();
    act("jianshi.unit", m, "sign", "{}");
    JsonObject down = sync();
    assertThat(down.getInt("sent")).isZero();
    assertThat(down.getString("error")).contains("did not answer");
    assertThat(
            TestStack.http()
                .as("jianshi.dispatcher")
                .get(API + "tickets/" + m)
                .json()
                .getString("status"))
        .as("the county's own step stands")
        .isEqualTo("SIGNED");
  }
}
