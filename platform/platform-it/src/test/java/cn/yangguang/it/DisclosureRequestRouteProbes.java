package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The cross-tenant probes of disclosure on request: a request, a report and the decisions of
 * jianshi's 民政局 are never shown at shenqiu's address, and shenqiu's staff and residents can neither
 * read nor act on them at jianshi's.
 */
final class DisclosureRequestRouteProbes {

  private static JsonObject fixture;

  private DisclosureRequestRouteProbes() {}

  /** A request of jianshi's 民政局 made online by resident1 (with its number and query code). */
  static synchronized JsonObject fixture(Http http) {
    if (fixture == null) {
      Http.Reply r =
          http.as("resident1")
              .postJson(
                  "/t/jianshi/api/v1/my/disclosure-requests",
                  DisclosureRequestClient.body(
                      DisclosureRequestClient.AGENCY,
                      "ONLINE",
                      null,
                      "NATURAL_PERSON",
                      DisclosureRequestClient.PERSON_ID));
      assertThat(r.status()).as(r.toString()).isEqualTo(201);
      fixture = r.json();
    }
    return fixture;
  }

  /** Adds the probes, keyed by "METHOD path template". */
  static void add(Map<String, Consumer<Http>> p, Http anon) {
    String api = "/t/{tenant}/api/v1/disclosure-requests";
    Http shenqiu = anon.as("shenqiu.discloser");
    p.put(
        "GET " + api,
        h -> {
          String id = fixture(h).getString("id");
          assertThat(shenqiu.get("/t/shenqiu/api/v1/disclosure-requests").body())
              .doesNotContain(id);
          assertThat(shenqiu.get("/t/jianshi/api/v1/disclosure-requests").status()).isEqualTo(403);
        });
    p.put(
        "POST " + api,
        h ->
            assertThat(
                    shenqiu
                        .postJson(
                            "/t/shenqiu/api/v1/disclosure-requests",
                            DisclosureRequestClient.body(
                                "jsx-mzj",
                                "IN_PERSON",
                                null,
                                "NATURAL_PERSON",
                                DisclosureRequestClient.PERSON_ID))
                        .status())
                .isEqualTo(422)); // jianshi's agency is not one of shenqiu's
    p.put(
        "GET " + api + "/{id}",
        h -> {
          String id = fixture(h).getString("id");
          assertThat(shenqiu.get("/t/shenqiu/api/v1/disclosure-requests/" + id).status())
              .isEqualTo(404);
          assertThat(shenqiu.get("/t/jianshi/api/v1/disclosure-requests/" + id).status())
              .isEqualTo(403);
        });
    p.put(
        "POST " + api + "/{id}/{action}",
        h -> {
          String id = fixture(h).getString("id");
          assertThat(
                  shenqiu
                      .postJson(
                          "/t/shenqiu/api/v1/disclosure-requests/" + id + "/extension",
                          "{\"reason\":\"探针\"}")
                      .status())
              .isEqualTo(404);
          assertThat(
                  shenqiu
                      .postJson(
                          "/t/shenqiu/api/v1/disclosure-requests/" + id + "/unmask",
                          "{\"reason\":\"探针\"}")
                      .status())
              .isEqualTo(404);
        });
    p.put(
        "POST " + api + "/lookup",
        h -> {
          JsonObject f = fixture(h);
          String body =
              "{\"number\":\""
                  + f.getString("number")
                  + "\",\"queryCode\":\""
                  + f.getString("queryCode")
                  + "\"}";
          assertThat(anon.postJson("/t/jianshi/api/v1/disclosure-requests/lookup", body).status())
              .isEqualTo(200);
          assertThat(anon.postJson("/t/shenqiu/api/v1/disclosure-requests/lookup", body).status())
              .isEqualTo(404);
        });
    String mine = "/t/{tenant}/api/v1/my/disclosure-requests";
    p.put(
        "GET " + mine,
        h -> {
          String id = fixture(h).getString("id");
          assertThat(anon.as("resident1").get("/t/shenqiu/api/v1/my/disclosure-requests").body())
              .doesNotContain(id);
        });
    p.put(
        "POST " + mine,
        h ->
            assertThat(
                    anon.as("resident1")
                        .postJson(
                            "/t/shenqiu/api/v1/my/disclosure-requests",
                            DisclosureRequestClient.body(
                                "jsx-mzj",
                                "ONLINE",
                                null,
                                "NATURAL_PERSON",
                                DisclosureRequestClient.PERSON_ID))
                        .status())
                .isEqualTo(422));
    p.put(
        "GET " + mine + "/{id}",
        h -> {
          String id = fixture(h).getString("id");
          assertThat(
                  anon.as("resident1")
                      .get("/t/shenqiu/api/v1/my/disclosure-requests/" + id)
                      .status())
              .isEqualTo(404);
          assertThat(
                  anon.as("resident2")
                      .get("/t/jianshi/api/v1/my/disclosure-requests/" + id)
                      .status())
              .isEqualTo(404);
        });
    String report = "/t/{tenant}/api/v1/disclosure-reports/{agency}/{year}";
    p.put(
        "GET " + report,
        h -> {
          assertThat(shenqiu.get("/t/jianshi/api/v1/disclosure-reports/jsx-mzj/2025").status())
              .isEqualTo(403);
          assertThat(shenqiu.get("/t/shenqiu/api/v1/disclosure-reports/jsx-mzj/2025").status())
              .isEqualTo(404);
        });
    p.put(
        "PUT " + report,
        h ->
            assertThat(
                    shenqiu
                        .put(
                            "/t/jianshi/api/v1/disclosure-reports/jsx-mzj/2025",
                            "application/json",
                            "{\"overview\":\"探针\"}")
                        .status())
                .isEqualTo(403));
    p.put(
        "POST " + report + "/publish",
        h ->
            assertThat(
                    shenqiu
                        .postJson("/t/jianshi/api/v1/disclosure-reports/jsx-mzj/2025/publish", "{}")
                        .status())
                .isEqualTo(403));
    String decisions = "/t/{tenant}/api/v1/disclosure-decisions/{agency}";
    p.put(
        "GET " + decisions,
        h -> {
          assertThat(
                  shenqiu.get("/t/jianshi/api/v1/disclosure-decisions/jsx-mzj?year=2025").status())
              .isEqualTo(403);
          assertThat(shenqiu.get("/t/shenqiu/api/v1/disclosure-decisions/jsx-mzj?year=2025").body())
              .doesNotContain("建民罚");
        });
    p.put(
        "POST " + decisions,
        h ->
            assertThat(
                    shenqiu
                        .postJson(
                            "/t/shenqiu/api/v1/disclosure-decisions/jsx-mzj",
                            "{\"kind\":\"PENALTY\",\"reference\":\"探针\",\"decidedOn\":\"2025-01-02\",\"summary\":\"探针\"}")
                        .status())
                .isEqualTo(422));
    p.put(
        "POST " + decisions + "/import",
        h ->
            assertThat(
                    shenqiu
                        .post(
                            "/t/jianshi/api/v1/disclosure-decisions/jsx-mzj/import",
                            "text/csv",
                            "kind,reference,decidedOn,summary\nPENALTY,探针,2025-01-02,探针\n")
                        .status())
                .isEqualTo(403));
    p.put(
        "GET " + api + "/{id}/documents/{kind}",
        h -> {
          String id = fixture(h).getString("id");
          assertThat(
                  shenqiu
                      .get("/t/shenqiu/api/v1/disclosure-requests/" + id + "/documents/reply")
                      .status())
              .isEqualTo(404);
        });
    p.put(
        "GET " + mine + "/{id}/documents/{kind}",
        h -> {
          String id = fixture(h).getString("id");
          assertThat(
                  anon.as("resident1")
                      .get("/t/shenqiu/api/v1/my/disclosure-requests/" + id + "/documents/reply")
                      .status())
              .isEqualTo(404);
        });
    p.put(
        "GET " + report + "/pdf",
        h ->
            assertThat(
                    shenqiu.get("/t/jianshi/api/v1/disclosure-reports/jsx-mzj/2025/pdf").status())
                .isEqualTo(403));
    String console = "/t/{tenant}/console/disclosure-requests";
    p.put(
        "GET " + console,
        h -> {
          String number = fixture(h).getString("number");
          assertThat(shenqiu.get("/t/shenqiu/console/disclosure-requests").body())
              .doesNotContain(number);
          assertThat(shenqiu.get("/t/jianshi/console/disclosure-requests").status()).isEqualTo(403);
        });
    p.put(
        "POST " + console,
        h ->
            assertThat(
                    shenqiu
                        .post(
                            "/t/jianshi/console/disclosure-requests",
                            "application/x-www-form-urlencoded",
                            "agencyCode=jsx-mzj")
                        .status())
                .isEqualTo(403));
    p.put(
        "GET " + console + "/{id}",
        h -> {
          String id = fixture(h).getString("id");
          assertThat(shenqiu.get("/t/shenqiu/console/disclosure-requests/" + id).status())
              .isEqualTo(404);
        });
    p.put(
        "POST " + console + "/{id}/{action}",
        h -> {
          String id = fixture(h).getString("id");
          assertThat(
                  shenqiu
                      .post(
                          "/t/shenqiu/console/disclosure-requests/" + id + "/extension",
                          "application/x-www-form-urlencoded",
                          "reason=x")
                      .status())
              .isEqualTo(404);
        });
    String reports = "/t/{tenant}/console/disclosure-reports";
    p.put(
        "GET " + reports,
        h ->
            assertThat(
                    shenqiu
                        .get("/t/jianshi/console/disclosure-reports?agency=jsx-mzj&year=2025")
                        .status())
                .isEqualTo(403));
    p.put(
        "POST " + reports,
        h ->
            assertThat(
                    shenqiu
                        .post(
                            "/t/jianshi/console/disclosure-reports",
                            "application/x-www-form-urlencoded",
                            "agency=jsx-mzj&year=2025")
                        .status())
                .isEqualTo(403));
    p.put(
        "POST " + reports + "/publish",
        h ->
            assertThat(
                    shenqiu
                        .post(
                            "/t/jianshi/console/disclosure-reports/publish",
                            "application/x-www-form-urlencoded",
                            "agency=jsx-mzj&year=2025")
                        .status())
                .isEqualTo(403));
    String portal = "/t/{tenant}/disclosure";
    p.put(
        "GET " + portal + "/requests",
        h -> {
          String number = fixture(h).getString("number");
          assertThat(anon.as("resident1").get("/t/shenqiu/disclosure/requests").body())
              .doesNotContain(number);
        });
    p.put(
        "POST " + portal + "/requests",
        h ->
            assertThat(
                    anon.as("resident1")
                        .post(
                            "/t/shenqiu/disclosure/requests",
                            "application/x-www-form-urlencoded",
                            "agencyCode=jsx-mzj&type=NATURAL_PERSON&name=x&idNumber="
                                + DisclosureRequestClient.PERSON_ID
                                + "&phone=13900000009&description=x")
                        .status())
                .isEqualTo(422));
    p.put(
        "GET " + portal + "/requests/status",
        h -> {
          JsonObject f = fixture(h);
          String q = "?number=" + f.getString("number") + "&code=" + f.getString("queryCode");
          assertThat(anon.get("/t/jianshi/disclosure/requests/status" + q).status()).isEqualTo(200);
          assertThat(anon.get("/t/shenqiu/disclosure/requests/status" + q).status()).isEqualTo(404);
        });
    p.put(
        "GET " + portal + "/reports",
        h ->
            assertThat(anon.get("/t/shenqiu/disclosure/reports").body()).doesNotContain("民政局2024"));
    p.put(
        "GET " + portal + "/reports/{agency}/{year}",
        h ->
            assertThat(anon.get("/t/shenqiu/disclosure/reports/jsx-mzj/2024").status())
                .isEqualTo(404));
    p.put(
        "GET " + portal + "/reports/{agency}/{year}/pdf",
        h ->
            assertThat(anon.get("/t/shenqiu/disclosure/reports/jsx-mzj/2024/pdf").status())
                .isEqualTo(404));
  }
}
