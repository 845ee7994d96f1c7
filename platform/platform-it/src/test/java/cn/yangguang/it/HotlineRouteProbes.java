package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Consumer;

/**
 * The cross-tenant probes of the 12345 hotline's routes. The hotline is enabled for jianshi and
 * shenqiu and not for kaizhou: kaizhou's addresses answer 404; a jianshi ticket is not found
 * through shenqiu's addresses and shows nothing of jianshi's; shenqiu's staff are refused on
 * jianshi's addresses.
 */
final class HotlineRouteProbes {

  private static final String J311 = "/t/jianshi/open311/v2/";
  private static final String S311 = "/t/shenqiu/open311/v2/";
  private static final String JAPI = "/t/jianshi/plugins/hotline-12345/";
  private static final String SAPI = "/t/shenqiu/plugins/hotline-12345/";
  private static final String BASE = "/t/{tenant}/plugins/hotline-12345/";
  private static String ticket;

  private HotlineRouteProbes() {}

  /** Adds the probes, keyed by "METHOD path template". */
  static void add(Map<String, Consumer<Http>> p, Http anon) {
    p.put(
        "LOCATOR /t/{tenant}/open311/v2",
        h -> assertThat(anon.get("/t/kaizhou/open311/v2/services.json").status()).isEqualTo(404));
    p.put(
        "GET /t/{tenant}/open311/v2/services.json",
        h -> {
          assertThat(anon.get(J311 + "services.json").status()).isEqualTo(200);
          assertThat(anon.get("/t/kaizhou/open311/v2/services.json").status()).isEqualTo(404);
          assertThat(anon.get(J311 + "services.json?jurisdiction_id=shenqiu").status())
              .isEqualTo(404);
        });
    p.put(
        "GET /t/{tenant}/open311/v2/services/{code}.json",
        h -> {
          assertThat(anon.get(J311 + "services/streetlight.json").status()).isEqualTo(200);
          assertThat(anon.get("/t/kaizhou/open311/v2/services/streetlight.json").status())
              .isEqualTo(404);
        });
    p.put(
        "GET /t/{tenant}/open311/v2/requests.json",
        h -> {
          String n = ticket(anon);
          assertThat(anon.get(J311 + "requests.json?service_request_id=" + n).body()).contains(n);
          assertThat(anon.get(S311 + "requests.json?service_request_id=" + n).body())
              .isEqualTo("[]");
          assertThat(anon.get(S311 + "requests.json").body()).doesNotContain(n);
        });
    p.put(
        "POST /t/{tenant}/open311/v2/requests.json",
        h -> {
          String n = ticket(anon);
          assertThat(anon.get(S311 + "requests/" + n + ".json").status()).isEqualTo(404);
          assertThat(
                  anon.post(
                          "/t/kaizhou/open311/v2/requests.json",
                          "application/x-www-form-urlencoded",
                          "service_code=streetlight&address_string=x")
                      .status())
              .isEqualTo(404);
        });
    p.put(
        "GET /t/{tenant}/open311/v2/requests/{id}.json",
        h -> {
          String n = ticket(anon);
          assertThat(anon.get(J311 + "requests/" + n + ".json").status()).isEqualTo(200);
          assertThat(anon.get(S311 + "requests/" + n + ".json").status()).isEqualTo(404);
          assertThat(anon.get("/t/kaizhou/open311/v2/requests/" + n + ".json").status())
              .isEqualTo(404);
        });
    p.put(
        "POST " + BASE + "api/tickets",
        h -> {
          String body = "{\"type\":\"HELP\",\"description\":\"越界\"}";
          assertThat(anon.as("shenqiu.taker").postJson(JAPI + "api/tickets", body).status())
              .isEqualTo(403);
          assertThat(anon.postJson(JAPI + "api/tickets", body).status()).isEqualTo(401);
        });
    p.put(
        "GET " + BASE + "api/tickets",
        h -> {
          String n = ticket(anon);
          assertThat(anon.as("jianshi.dispatcher").get(JAPI + "api/tickets").body()).contains(n);
          assertThat(anon.as("shenqiu.dispatcher").get(SAPI + "api/tickets").body())
              .doesNotContain(n);
          assertThat(anon.as("shenqiu.dispatcher").get(JAPI + "api/tickets").status())
              .isEqualTo(403);
        });
    p.put(
        "GET " + BASE + "api/tickets/{number}",
        h -> {
          String n = ticket(anon);
          assertThat(anon.as("jianshi.dispatcher").get(JAPI + "api/tickets/" + n).status())
              .isEqualTo(200);
          assertThat(anon.as("shenqiu.dispatcher").get(SAPI + "api/tickets/" + n).status())
              .isEqualTo(404);
          assertThat(anon.as("shenqiu.dispatcher").get(JAPI + "api/tickets/" + n).status())
              .isEqualTo(403);
        });
    p.put(
        "POST " + BASE + "api/tickets/{number}/{action}",
        h -> {
          String n = ticket(anon);
          assertThat(
                  anon.as("shenqiu.dispatcher")
                      .postJson(SAPI + "api/tickets/" + n + "/supervise", "{\"note\":\"越界督办\"}")
                      .status())
              .isEqualTo(404);
          assertThat(
                  anon.as("shenqiu.dispatcher")
                      .postJson(JAPI + "api/tickets/" + n + "/supervise", "{\"note\":\"越界督办\"}")
                      .status())
              .isEqualTo(403);
        });
    p.put(
        "GET " + BASE + "api/knowledge",
        h -> {
          assertThat(anon.as("shenqiu.taker").get(JAPI + "api/knowledge?q=低保").status())
              .isEqualTo(403);
          assertThat(anon.as("shenqiu.taker").get(SAPI + "api/knowledge?q=办事指南").body())
              .doesNotContain("/t/jianshi/");
        });
    p.put(
        "GET " + BASE + "api/catalogue",
        h -> {
          assertThat(anon.as("jianshi.dispatcher").get(JAPI + "api/catalogue").body())
              .contains("jsx-zjj")
              .doesNotContain("sqx-");
          assertThat(anon.as("shenqiu.dispatcher").get(SAPI + "api/catalogue").body())
              .doesNotContain("jsx-");
        });
    p.put(
        "PUT " + BASE + "api/catalogue/rules",
        h ->
            assertThat(
                    anon.as("shenqiu.dispatcher")
                        .put(
                            JAPI + "api/catalogue/rules",
                            "application/json",
                            "{\"serviceCode\":\"noise\",\"leadUnit\":\"jsx-gaj\"}")
                        .status())
                .isEqualTo(403));
    p.put(
        "PUT " + BASE + "api/time-limits",
        h ->
            assertThat(
                    anon.as("shenqiu.dispatcher")
                        .put(
                            JAPI + "api/time-limits",
                            "application/json",
                            "{\"step\":\"SIGN\",\"type\":\"HELP\",\"urgency\":\"NORMAL\",\"amount\":9,"
                                + "\"unit\":\"HOURS\"}")
                        .status())
                .isEqualTo(403));
    p.put(
        "PUT " + BASE + "api/city-link",
        h ->
            assertThat(
                    anon.as("shenqiu.admin")
                        .put(
                            JAPI + "api/city-link",
                            "application/json",
                            "{\"endpoint\":\"http://evil.example\"}")
                        .status())
                .isEqualTo(403));
    p.put(
        "POST " + BASE + "api/city/sync",
        h ->
            assertThat(
                    anon.as("shenqiu.dispatcher")
                        .post(JAPI + "api/city/sync", "application/json", "{}")
                        .status())
                .isEqualTo(403));
    p.put(
        "GET " + BASE + "api/kpis",
        h -> {
          assertThat(anon.as("shenqiu.dispatcher").get(JAPI + "api/kpis").status()).isEqualTo(403);
          assertThat(anon.as("shenqiu.dispatcher").get(SAPI + "api/kpis").body())
              .doesNotContain("jsx-");
        });
    p.put(
        "POST " + BASE + "api/sms",
        h -> {
          String sms = "{\"from\":\"13800000000\",\"text\":\"x\"}";
          assertThat(anon.postJson(JAPI + "api/sms", sms).status()).isEqualTo(401);
          // shenqiu's gateway key does not open jianshi's webhook
          assertThat(
                  anon.header("X-Hotline-Key", "demo-sms-key-shenqiu")
                      .postJson(JAPI + "api/sms", sms)
                      .status())
              .isEqualTo(401);
          assertThat(
                  anon.header("X-Hotline-Key", "demo-sms-key")
                      .postJson("/t/kaizhou/plugins/hotline-12345/api/sms", sms)
                      .status())
              .isEqualTo(404);
        });
    HotlinePageProbes.add(p, anon);
  }

  /** A jianshi ticket posted through Open311 (once per run). */
  static synchronized String ticket(Http anon) {
    if (ticket == null) {
      Http.Reply r =
          anon.post(
              J311 + "requests.json",
              "application/x-www-form-urlencoded",
              "service_code=noise&address_string="
                  + java.net.URLEncoder.encode("建始县业州镇", java.nio.charset.StandardCharsets.UTF_8)
                  + "&description="
                  + java.net.URLEncoder.encode(
                      "探针：夜间施工噪音", java.nio.charset.StandardCharsets.UTF_8));
      assertThat(r.status()).as(r.toString()).isEqualTo(200);
      ticket = r.array().getJsonObject(0).getString("service_request_id");
    }
    return ticket;
  }
}
