package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The cross-tenant probes of electronic supervision, between two demo counties (jianshi and
 * kaizhou, both seeded with orders, and with violations found at start): one county's supervisors
 * never reach the other's records by its address or by their own, and oversight routes answer only
 * the admins of the province or prefecture concerned.
 */
final class SupervisionRouteProbes {

  private SupervisionRouteProbes() {}

  static final String JS = "/t/jianshi/api/v1/supervision";
  static final String KZ = "/t/kaizhou/api/v1/supervision";

  /** Adds the probes, keyed by "METHOD path template". */
  static void add(Map<String, Consumer<Http>> p, Http anon) {
    Http kz = anon.as("kaizhou.supervisor");
    p.put(
        "GET /t/{tenant}/api/v1/supervision/figures",
        h -> assertThat(kz.get(JS + "/figures").status()).isEqualTo(403));
    p.put(
        "GET /t/{tenant}/api/v1/supervision/violations",
        h -> {
          assertThat(kz.get(JS + "/violations").status()).isEqualTo(403);
          List<String> mine = ids(kz.get(KZ + "/violations").array().getValuesAs(JsonObject.class));
          assertThat(mine).doesNotContainAnyElementsOf(ids(jianshiViolations(anon)));
        });
    p.put(
        "GET /t/{tenant}/api/v1/supervision/violations/open",
        h -> assertThat(kz.get(JS + "/violations/open").status()).isEqualTo(403));
    p.put(
        "GET /t/{tenant}/api/v1/supervision/violations/{id}",
        h ->
            assertThat(kz.get(KZ + "/violations/" + jianshiViolation(anon)).status())
                .isEqualTo(404));
    p.put(
        "POST /t/{tenant}/api/v1/supervision/violations/{id}/handling",
        h ->
            assertThat(
                    kz.postJson(
                            KZ + "/violations/" + jianshiViolation(anon) + "/handling",
                            "{\"status\":\"DISMISSED\",\"note\":\"probe\"}")
                        .status())
                .isEqualTo(404));
    p.put(
        "POST /t/{tenant}/api/v1/supervision/violations/scan",
        h ->
            assertThat(kz.post(JS + "/violations/scan", "application/json", "").status())
                .isEqualTo(403));
    p.put(
        "GET /t/{tenant}/api/v1/supervision/rules",
        h -> assertThat(kz.get(JS + "/rules").status()).isEqualTo(403));
    p.put(
        "PUT /t/{tenant}/api/v1/supervision/rules/{rule}",
        h ->
            assertThat(
                    kz.put(
                            JS + "/rules/FEE_DIFFERS",
                            "application/json",
                            "{\"enabled\":false,\"threshold\":0}")
                        .status())
                .isEqualTo(403));
    p.put(
        "GET /t/{tenant}/api/v1/supervision/risk-points",
        h -> assertThat(kz.get(JS + "/risk-points").status()).isEqualTo(403));
    p.put(
        "POST /t/{tenant}/api/v1/supervision/risk-points",
        h ->
            assertThat(
                    kz.postJson(
                            JS + "/risk-points",
                            "{\"step\":\"review\",\"level\":1,\"description\":\"d\",\"control\":\"c\"}")
                        .status())
                .isEqualTo(403));
    orderProbes(p, anon, kz);
    pageProbes(p, anon);
    feedbackProbes(p, anon, kz);
  }

  /** Complaints, ratings and performance: each county's own, by any address. */
  private static void feedbackProbes(Map<String, Consumer<Http>> p, Http anon, Http kz) {
    Http resident = anon.as("resident1");
    p.put(
        "POST /t/{tenant}/api/v1/complaints",
        h ->
            assertThat(
                    resident
                        .postJson(
                            "/t/kaizhou/api/v1/complaints",
                            "{\"department\":\"jsx-fgj\",\"summary\":\"probe\"}")
                        .status())
                .isEqualTo(422));
    p.put(
        "GET /t/{tenant}/api/v1/my/complaints",
        h ->
            assertThat(resident.get("/t/kaizhou/api/v1/my/complaints").body())
                .doesNotContain("jsx-"));
    p.put(
        "GET /t/{tenant}/api/v1/supervision/complaints",
        h -> {
          assertThat(kz.get(JS + "/complaints").status()).isEqualTo(403);
          assertThat(kz.get(KZ + "/complaints").body()).doesNotContain(jianshiComplaint(anon));
        });
    p.put(
        "POST /t/{tenant}/api/v1/supervision/complaints/{id}/conclusion",
        h ->
            assertThat(
                    kz.postJson(
                            KZ + "/complaints/" + jianshiComplaint(anon) + "/conclusion",
                            "{\"outcome\":\"UNFOUNDED\",\"note\":\"probe\"}")
                        .status())
                .isEqualTo(404));
    p.put(
        "POST /t/{tenant}/api/v1/ratings",
        h ->
            assertThat(
                    resident
                        .postJson(
                            "/t/kaizhou/api/v1/ratings",
                            "{\"window\":\"jsx-fgj-clerk\",\"level\":5}")
                        .status())
                .isEqualTo(422));
    p.put(
        "GET /t/{tenant}/api/v1/ratings/statistics",
        h ->
            assertThat(anon.get("/t/kaizhou/api/v1/ratings/statistics").body())
                .doesNotContain("jsx-"));
    p.put(
        "GET /t/{tenant}/api/v1/supervision/ratings",
        h -> {
          assertThat(kz.get(JS + "/ratings").status()).isEqualTo(403);
          assertThat(kz.get(KZ + "/ratings").body()).doesNotContain("jsx-");
        });
    p.put(
        "POST /t/{tenant}/api/v1/supervision/ratings/{id}/follow-up",
        h ->
            assertThat(
                    kz.postJson(
                            KZ + "/ratings/" + jianshiRating(anon) + "/follow-up",
                            "{\"note\":\"p\"}")
                        .status())
                .isEqualTo(404));
    p.put(
        "GET /t/{tenant}/api/v1/supervision/performance",
        h -> {
          assertThat(kz.get(JS + "/performance").status()).isEqualTo(403);
          assertThat(kz.get(KZ + "/performance").body()).doesNotContain("jsx-");
        });
    p.put(
        "GET /t/{tenant}/api/v1/supervision/performance/csv",
        h -> {
          assertThat(kz.get(JS + "/performance/csv").status()).isEqualTo(403);
          assertThat(kz.get(KZ + "/performance/csv").body()).doesNotContain("jsx-");
        });
    p.put(
        "GET /t/{tenant}/console/supervision/feedback",
        h -> assertThat(kz.get("/t/jianshi/console/supervision/feedback").status()).isEqualTo(403));
    p.put(
        "POST /t/{tenant}/console/supervision/feedback",
        h ->
            assertThat(
                    kz.post(
                            "/t/kaizhou/console/supervision/feedback",
                            "application/x-www-form-urlencoded",
                            "action=rectify&note=p&rating=" + jianshiRating(anon))
                        .status())
                .isEqualTo(404));
    p.put(
        "GET /t/{tenant}/console/supervision/performance",
        h ->
            assertThat(kz.get("/t/jianshi/console/supervision/performance").status())
                .isEqualTo(403));
    p.put(
        "GET /t/{tenant}/ratings",
        h -> assertThat(anon.get("/t/kaizhou/ratings").body()).doesNotContain("建始"));
    p.put(
        "GET /t/{tenant}/complaints",
        h -> assertThat(resident.get("/t/kaizhou/complaints").body()).doesNotContain("建始县发展和改革局"));
    p.put(
        "POST /t/{tenant}/complaints",
        h ->
            assertThat(
                    resident
                        .post(
                            "/t/kaizhou/complaints",
                            "application/x-www-form-urlencoded",
                            "department=jsx-fgj&summary=probe")
                        .status())
                .isIn(403, 422));
  }

  private static String jianshiComplaint(Http anon) {
    List<JsonObject> all =
        anon.as("jianshi.supervisor").get(JS + "/complaints").array().getValuesAs(JsonObject.class);
    assertThat(all).as("jianshi has demo complaints").isNotEmpty();
    return all.get(0).getJsonObject("complaint").getString("id");
  }

  private static String jianshiRating(Http anon) {
    List<JsonObject> all =
        anon.as("jianshi.supervisor").get(JS + "/ratings").array().getValuesAs(JsonObject.class);
    assertThat(all).as("jianshi has demo ratings").isNotEmpty();
    return all.get(0).getJsonObject("rating").getString("id");
  }

  private static void orderProbes(Map<String, Consumer<Http>> p, Http anon, Http kz) {
    p.put(
        "GET /t/{tenant}/api/v1/supervision/orders",
        h -> {
          assertThat(kz.get(JS + "/orders").status()).isEqualTo(403);
          assertThat(kz.get(KZ + "/orders").body()).doesNotContain(jianshiOrder(anon));
        });
    p.put(
        "GET /t/{tenant}/api/v1/supervision/orders/{id}",
        h -> assertThat(kz.get(KZ + "/orders/" + jianshiOrder(anon)).status()).isEqualTo(404));
    p.put(
        "POST /t/{tenant}/api/v1/supervision/orders",
        h ->
            assertThat(
                    kz.postJson(
                            JS + "/orders",
                            "{\"department\":\"jsx-fgj\",\"subject\":\"s\",\"detail\":\"d\",\"replyDays\":2}")
                        .status())
                .isEqualTo(403));
    p.put(
        "POST /t/{tenant}/api/v1/supervision/orders/{id}/reply",
        h ->
            assertThat(
                    anon.as("kaizhou.deptadmin")
                        .postJson(
                            KZ + "/orders/" + jianshiOrder(anon) + "/reply", "{\"text\":\"x\"}")
                        .status())
                .isEqualTo(404));
    p.put(
        "POST /t/{tenant}/api/v1/supervision/orders/{id}/close",
        h ->
            assertThat(
                    kz.postJson(KZ + "/orders/" + jianshiOrder(anon) + "/close", "{\"text\":\"x\"}")
                        .status())
                .isEqualTo(404));
    p.put(
        "GET /t/{tenant}/api/v1/supervision/cards",
        h -> {
          assertThat(kz.get(JS + "/cards").status()).isEqualTo(403);
          assertThat(kz.get(KZ + "/cards").body()).doesNotContain("jsx-");
        });
    p.put(
        "POST /t/{tenant}/api/v1/supervision/cards",
        h ->
            assertThat(
                    kz.postJson(
                            JS + "/cards",
                            "{\"colour\":\"YELLOW\",\"department\":\"jsx-fgj\",\"reason\":\"r\"}")
                        .status())
                .isEqualTo(403));
  }

  private static void pageProbes(Map<String, Consumer<Http>> p, Http anon) {
    Http kz = anon.as("kaizhou.supervisor");
    p.put(
        "GET /t/{tenant}/console/supervision",
        h -> {
          assertThat(kz.get("/t/jianshi/console/supervision").status()).isEqualTo(403);
          assertThat(kz.get("/t/kaizhou/console/supervision").body())
              .doesNotContain(jianshiOrderNumber(anon));
        });
    p.put(
        "POST /t/{tenant}/console/supervision",
        h ->
            assertThat(
                    kz.post(
                            "/t/jianshi/console/supervision",
                            "application/x-www-form-urlencoded",
                            "action=scan")
                        .status())
                .isEqualTo(403));
    p.put(
        "GET /t/{tenant}/console/supervision/orders",
        h ->
            assertThat(
                    anon.as("kaizhou.deptadmin")
                        .get("/t/jianshi/console/supervision/orders")
                        .status())
                .isEqualTo(403));
    p.put(
        "POST /t/{tenant}/console/supervision/orders/{id}",
        h ->
            assertThat(
                    anon.as("kaizhou.deptadmin")
                        .post(
                            "/t/kaizhou/console/supervision/orders/" + jianshiOrder(anon),
                            "application/x-www-form-urlencoded",
                            "reply=x")
                        .status())
                .isEqualTo(404));
    Http chongqing = anon.as("chongqing.admin");
    p.put(
        "GET /api/v1/oversight/supervision/provinces/{code}",
        h -> {
          assertThat(chongqing.get("/api/v1/oversight/supervision/provinces/420000").status())
              .isEqualTo(403);
          assertThat(chongqing.get("/api/v1/oversight/supervision/provinces/500000").body())
              .contains("kaizhou")
              .doesNotContain("jianshi");
        });
    p.put(
        "GET /api/v1/oversight/supervision/prefectures/{code}",
        h ->
            assertThat(
                    anon.as("bazhong.admin")
                        .get("/api/v1/oversight/supervision/prefectures/422800")
                        .status())
                .isEqualTo(403));
    p.put(
        "GET /api/v1/oversight/supervision/counties/{slug}",
        h ->
            assertThat(chongqing.get("/api/v1/oversight/supervision/counties/jianshi").status())
                .isEqualTo(403));
    p.put(
        "GET /oversight/provinces/{code}",
        h -> assertThat(chongqing.get("/oversight/provinces/420000").status()).isEqualTo(403));
    p.put(
        "GET /oversight/prefectures/{code}",
        h ->
            assertThat(anon.as("bazhong.admin").get("/oversight/prefectures/422800").status())
                .isEqualTo(403));
    p.put(
        "GET /oversight/counties/{slug}",
        h -> assertThat(chongqing.get("/oversight/counties/jianshi").status()).isEqualTo(403));
  }

  private static List<JsonObject> jianshiViolations(Http anon) {
    return anon.as("jianshi.supervisor")
        .get(JS + "/violations")
        .array()
        .getValuesAs(JsonObject.class);
  }

  private static String jianshiViolation(Http anon) {
    List<JsonObject> all = jianshiViolations(anon);
    assertThat(all).as("jianshi has violations from its demo cases").isNotEmpty();
    return all.get(0).getString("id");
  }

  private static JsonObject firstJianshiOrder(Http anon) {
    List<JsonObject> all =
        anon.as("jianshi.supervisor").get(JS + "/orders").array().getValuesAs(JsonObject.class);
    assertThat(all).as("jianshi has demo orders").isNotEmpty();
    return all.get(0).getJsonObject("order");
  }

  private static String jianshiOrder(Http anon) {
    return firstJianshiOrder(anon).getString("id");
  }

  private static String jianshiOrderNumber(Http anon) {
    return firstJianshiOrder(anon).getString("number");
  }

  private static List<String> ids(List<JsonObject> list) {
    return list.stream().map(o -> o.getString("id")).toList();
  }
}
