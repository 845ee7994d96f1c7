package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Consumer;

/**
 * The cross-tenant probes of the disclosure routes: a document jianshi published (with a funds
 * table and an attachment) is never shown at shenqiu's address, and shenqiu's staff can neither
 * read jianshi's work nor act on its documents.
 */
final class DisclosureRouteProbes {

  private static String[] fixture;

  private DisclosureRouteProbes() {}

  /** jianshi's published document id, its funds table id and its attachment's file id. */
  static synchronized String[] fixture(Http http) {
    if (fixture == null) {
      String id =
          DisclosureFixtures.draft(
                  http,
                  "jianshi",
                  "funds",
                  DisclosureFixtures.JIANSHI_AGENCY,
                  "建始县发改局2026年三公经费预算",
                  "三公经费预算说明。",
                  DisclosureFixtures.today(http))
              .getString("id");
      Http.Reply funds =
          http.as("jianshi.discloser")
              .postJson(
                  "/t/jianshi/api/v1/disclosure/documents/" + id + "/funds",
                  DisclosureFundsIT.THREE_PUBLIC);
      assertThat(funds.status()).as(funds.toString()).isEqualTo(201);
      Http.Reply file =
          http.as("jianshi.discloser")
              .post(
                  "/t/jianshi/api/v1/disclosure/documents/" + id + "/attachments?name=note.txt",
                  "text/plain",
                  "附件说明");
      assertThat(file.status()).as(file.toString()).isEqualTo(200);
      DisclosureFixtures.step(http, "jianshi", "discloser", id, "submit");
      DisclosureFixtures.step(http, "jianshi", "secrecy", id, "approve");
      DisclosureFixtures.step(http, "jianshi", "discloser", id, "publish");
      fixture =
          new String[] {
            id,
            funds.json().getString("id"),
            file.json().getJsonArray("attachments").getJsonObject(0).getString("fileId")
          };
    }
    return fixture;
  }

  /** Adds the probes, keyed by "METHOD path template". */
  static void add(Map<String, Consumer<Http>> p, Http anon) {
    String api = "/t/{tenant}/api/v1/disclosure";
    p.put(
        "GET " + api + "/columns",
        h ->
            assertThat(anon.get("/t/shenqiu/api/v1/disclosure/columns").body())
                .doesNotContain("rural-revitalization"));
    p.put(
        "PUT " + api + "/columns/{code}",
        h ->
            assertThat(
                    h.as("shenqiu.admin")
                        .put(
                            "/t/jianshi/api/v1/disclosure/columns/probe",
                            "application/json",
                            "{\"kind\":\"AFFAIRS\",\"nameZh\":\"探针\"}")
                        .status())
                .isEqualTo(403));
    p.put(
        "PUT " + api + "/settings/index-rule",
        h ->
            assertThat(
                    h.as("shenqiu.admin")
                        .put(
                            "/t/jianshi/api/v1/disclosure/settings/index-rule",
                            "application/json",
                            "{\"indexRule\":\"{body}/{year}-{seq:5}\"}")
                        .status())
                .isEqualTo(403));
    p.put(
        "GET " + api + "/documents",
        h ->
            assertThat(anon.get("/t/shenqiu/api/v1/disclosure/documents").body())
                .doesNotContain(fixture(anon)[0]));
    p.put(
        "GET " + api + "/documents/{id}",
        h -> {
          assertThat(
                  anon.get("/t/jianshi/api/v1/disclosure/documents/" + fixture(anon)[0]).status())
              .isEqualTo(200);
          assertThat(
                  anon.get("/t/shenqiu/api/v1/disclosure/documents/" + fixture(anon)[0]).status())
              .isEqualTo(404);
        });
    p.put(
        "POST " + api + "/documents",
        h ->
            assertThat(
                    h.as("shenqiu.discloser")
                        .postJson("/t/jianshi/api/v1/disclosure/documents", "{}")
                        .status())
                .isEqualTo(403));
    p.put(
        "POST " + api + "/documents/{id}/{step}",
        h -> {
          String id = fixture(anon)[0];
          assertThat(
                  h.as("shenqiu.discloser")
                      .postJson("/t/jianshi/api/v1/disclosure/documents/" + id + "/withdraw", "{}")
                      .status())
              .isEqualTo(403);
          assertThat(
                  h.as("shenqiu.discloser")
                      .postJson("/t/shenqiu/api/v1/disclosure/documents/" + id + "/withdraw", "{}")
                      .status())
              .isEqualTo(404);
        });
    p.put(
        "POST " + api + "/documents/{id}/attachments",
        h ->
            assertThat(
                    h.as("shenqiu.discloser")
                        .post(
                            "/t/shenqiu/api/v1/disclosure/documents/"
                                + fixture(anon)[0]
                                + "/attachments?name=x.txt",
                            "text/plain",
                            "x")
                        .status())
                .isEqualTo(404));
    p.put(
        "POST " + api + "/documents/{id}/funds",
        h ->
            assertThat(
                    h.as("shenqiu.discloser")
                        .postJson(
                            "/t/shenqiu/api/v1/disclosure/documents/" + fixture(anon)[0] + "/funds",
                            DisclosureFundsIT.THREE_PUBLIC)
                        .status())
                .isEqualTo(404));
    p.put(
        "GET " + api + "/funds/{id}",
        h -> {
          assertThat(anon.get("/t/jianshi/api/v1/disclosure/funds/" + fixture(anon)[1]).status())
              .isEqualTo(200);
          assertThat(anon.get("/t/shenqiu/api/v1/disclosure/funds/" + fixture(anon)[1]).status())
              .isEqualTo(404);
        });
    p.put(
        "GET " + api + "/search",
        h ->
            assertThat(anon.get("/t/shenqiu/api/v1/disclosure/search?q=%E4%B8%89%E5%85%AC").body())
                .doesNotContain(fixture(anon)[0]));
    p.put(
        "GET " + api + "/work",
        h -> {
          assertThat(h.as("shenqiu.discloser").get("/t/jianshi/api/v1/disclosure/work").status())
              .isEqualTo(403);
          assertThat(anon.get("/t/jianshi/api/v1/disclosure/work").status()).isEqualTo(401);
        });
    pages(p, anon);
  }

  private static void pages(Map<String, Consumer<Http>> p, Http anon) {
    p.put(
        "GET /t/{tenant}/disclosure",
        h -> assertThat(anon.get("/t/shenqiu/disclosure").body()).doesNotContain("乡村振兴", "jsx-"));
    p.put(
        "GET /t/{tenant}/disclosure/columns/{code}",
        h -> {
          assertThat(anon.get("/t/shenqiu/disclosure/columns/funds").body())
              .doesNotContain(fixture(anon)[0]);
          assertThat(anon.get("/t/shenqiu/disclosure/columns/rural-revitalization").status())
              .isEqualTo(404);
        });
    p.put(
        "GET /t/{tenant}/disclosure/agencies/{code}",
        h ->
            assertThat(anon.get("/t/shenqiu/disclosure/agencies/jsx-fgj").status()).isEqualTo(404));
    p.put(
        "GET /t/{tenant}/disclosure/documents/{id}",
        h ->
            assertThat(anon.get("/t/shenqiu/disclosure/documents/" + fixture(anon)[0]).status())
                .isEqualTo(404));
    p.put(
        "GET /t/{tenant}/disclosure/documents/{id}/attachments/{file}",
        h -> {
          String[] f = fixture(anon);
          String path = "/disclosure/documents/" + f[0] + "/attachments/" + f[2];
          assertThat(anon.get("/t/jianshi" + path).body()).isEqualTo("附件说明");
          assertThat(anon.get("/t/shenqiu" + path).status()).isEqualTo(404);
        });
    p.put(
        "GET /t/{tenant}/disclosure/search",
        h ->
            assertThat(anon.get("/t/shenqiu/disclosure/search?q=%E4%B8%89%E5%85%AC").body())
                .doesNotContain(fixture(anon)[0]));
    p.put(
        "GET /t/{tenant}/disclosure/columns/{code}/feed",
        h ->
            assertThat(anon.get("/t/shenqiu/disclosure/columns/funds/feed").body())
                .doesNotContain(fixture(anon)[0]));
    p.put(
        "GET /t/{tenant}/sitemap.xml",
        h -> {
          assertThat(anon.get("/t/jianshi/sitemap.xml").body()).contains(fixture(anon)[0]);
          assertThat(anon.get("/t/shenqiu/sitemap.xml").body()).doesNotContain(fixture(anon)[0]);
        });
    p.put(
        "GET /t/{tenant}/console/disclosure",
        h -> {
          assertThat(h.as("shenqiu.discloser").get("/t/jianshi/console/disclosure").status())
              .isEqualTo(403);
          assertThat(h.as("shenqiu.discloser").get("/t/shenqiu/console/disclosure").body())
              .doesNotContain("jsx-");
        });
    p.put(
        "POST /t/{tenant}/console/disclosure",
        h ->
            assertThat(
                    h.as("shenqiu.discloser")
                        .post(
                            "/t/jianshi/console/disclosure",
                            "application/x-www-form-urlencoded",
                            "title=x")
                        .status())
                .isEqualTo(403));
    p.put(
        "GET /t/{tenant}/console/disclosure/review",
        h ->
            assertThat(h.as("shenqiu.secrecy").get("/t/jianshi/console/disclosure/review").status())
                .isEqualTo(403));
    p.put(
        "POST /t/{tenant}/console/disclosure/{id}/{step}",
        h ->
            assertThat(
                    h.as("shenqiu.discloser")
                        .post(
                            "/t/shenqiu/console/disclosure/" + fixture(anon)[0] + "/withdraw",
                            "application/x-www-form-urlencoded",
                            "")
                        .status())
                .isEqualTo(404));
  }
}
