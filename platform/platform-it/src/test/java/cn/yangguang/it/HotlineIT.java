package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The 12345 hotline plugin in the real stack: enabled for jianshi by its manifest and not for
 * kaizhou; a ticket posted through Open311 GeoReport v2 goes round the closed loop (dispatched by
 * the catalogue, signed for, replied, called back, closed) and Open311 then shows it closed.
 */
@ExtendWith(TestStack.class)
@Order(60)
class HotlineIT {

  static final String OPEN311 = "/t/jianshi/open311/v2/";
  static final String API = "/t/jianshi/plugins/hotline-12345/api/";

  @Test
  void aTicketPostedThroughOpen311GoesRoundTheLoopAndShowsClosedWhileKaizhouHasNoHotline() {
    Http anon = TestStack.http();
    JsonObject hotline =
        anon
            .as("jianshi.admin")
            .get("/t/jianshi/api/v1/plugins")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(p -> p.getString("id").equals("hotline-12345"))
            .findFirst()
            .orElseThrow();
    assertThat(hotline.getBoolean("enabled")).isTrue();

    Http.Reply services = anon.get(OPEN311 + "services.json");
    assertThat(services.status()).isEqualTo(200);
    JsonObject streetlight =
        services.array().getValuesAs(JsonObject.class).stream()
            .filter(s -> s.getString("service_code").equals("streetlight"))
            .findFirst()
            .orElseThrow();
    assertThat(streetlight.getString("service_name")).isEqualTo("路灯损坏");

    Http.Reply posted =
        anon.post(
            OPEN311 + "requests.json",
            "application/x-www-form-urlencoded",
            form(
                Map.of(
                    "service_code", "streetlight",
                    "description", "业州镇广润路口路灯不亮已一周",
                    "address_string", "建始县业州镇广润路",
                    "lat", "30.6017",
                    "long", "109.7226",
                    "phone", "13800001234")));
    assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
    JsonObject created = posted.array().getJsonObject(0);
    String id = created.getString("service_request_id");
    assertThat(id).matches("\\d{12}");
    assertThat(created.containsKey("service_notice")).isTrue();
    assertThat(created.containsKey("account_id")).isTrue();
    assertThat(request(anon, id).getString("status")).isEqualTo("open");

    JsonObject dispatched = act("jianshi.dispatcher", id, "dispatch", "{}");
    assertThat(dispatched.getString("status")).isEqualTo("DISPATCHED");
    assertThat(dispatched.getString("leadUnit")).isEqualTo("jsx-zjj");
    assertThat(act("jianshi.unit", id, "sign", "{}").getString("status")).isEqualTo("SIGNED");
    assertThat(act("jianshi.unit", id, "reply", "{\"text\":\"已更换灯泡，路灯恢复照明\"}").getString("status"))
        .isEqualTo("REPLIED");
    JsonObject closed = act("jianshi.taker", id, "call-back", "{\"satisfaction\":\"SATISFIED\"}");
    assertThat(closed.getString("status")).isEqualTo("CLOSED");
    assertThat(closed.getString("resolution")).isEqualTo("HANDLED");

    JsonObject shown = request(anon, id);
    assertThat(shown.getString("status")).isEqualTo("closed");
    assertThat(shown.getString("agency_responsible")).isEqualTo("建始县住房和城乡建设局");
    assertThat(shown.toString()).doesNotContain("13800001234");

    // kaizhou has not enabled the hotline: the same addresses are not there
    assertThat(anon.get("/t/kaizhou/open311/v2/services.json").status()).isEqualTo(404);
    assertThat(anon.get("/t/kaizhou/open311/v2/requests/" + id + ".json").status()).isEqualTo(404);
    assertThat(
            anon.post(
                    "/t/kaizhou/open311/v2/requests.json",
                    "application/x-www-form-urlencoded",
                    "service_code=streetlight&address_string=x")
                .status())
        .isEqualTo(404);
    assertThat(anon.get("/t/kaizhou/plugins/hotline-12345/").status()).isEqualTo(404);
  }

  static JsonObject request(Http http, String id) {
    Http.Reply r = http.get(OPEN311 + "requests/" + id + ".json");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.array()).hasSize(1);
    return r.array().getJsonObject(0);
  }

  static JsonObject act(String user, String number, String action, String json) {
    Http.Reply r =
        TestStack.http().as(user).postJson(API + "tickets/" + number + "/" + action, json);
    assertThat(r.status()).as(action + ": " + r).isEqualTo(200);
    return r.json();
  }

  static String form(Map<String, String> fields) {
    return new LinkedHashMap<>(fields)
        .entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
  }
}
