package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The cross-tenant probes of the catalogue API, between two demo counties whose item keys start
 * with their division codes (jianshi 422822, kaizhou 500154): one county's address never shows or
 * accepts the other's items.
 */
final class CatalogueRouteProbes {

  private CatalogueRouteProbes() {}

  /** Adds the probes, keyed by "METHOD path template". */
  static void add(Map<String, Consumer<Http>> p, Http anon) {
    p.put(
        "GET /t/{tenant}/api/v1/items",
        h ->
            assertThat(
                    anon.get("/t/jianshi/api/v1/items?limit=500")
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class))
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.getString("key")).startsWith("422822-")));
    p.put(
        "GET /t/{tenant}/api/v1/items/{key}",
        h -> {
          String kaizhouKey =
              anon.get("/t/kaizhou/api/v1/items?limit=1")
                  .json()
                  .getJsonArray("items")
                  .getJsonObject(0)
                  .getString("key");
          assertThat(anon.get("/t/kaizhou/api/v1/items/" + kaizhouKey).status()).isEqualTo(200);
          assertThat(anon.get("/t/jianshi/api/v1/items/" + kaizhouKey).status()).isEqualTo(404);
        });
    p.put(
        "GET /t/{tenant}/api/v1/items/export",
        h -> {
          assertThat(h.as("kaizhou.admin").get("/t/jianshi/api/v1/items/export").status())
              .isEqualTo(403);
          assertThat(h.as("jianshi.admin").get("/t/jianshi/api/v1/items/export").body())
              .contains("422822-")
              .doesNotContain("500154-");
        });
    p.put(
        "POST /t/{tenant}/api/v1/items/import",
        h ->
            assertThat(
                    h.as("kaizhou.admin")
                        .post("/t/jianshi/api/v1/items/import", "text/csv", "实施编码\n")
                        .status())
                .isEqualTo(403));
    pageProbes(p, anon);
    masterProbes(p, anon);
    indexProbes(p, anon);
  }

  /**
   * The search index: a county's page and rebuild are its admin's; the platform routes operators'.
   */
  private static void indexProbes(Map<String, Consumer<Http>> p, Http anon) {
    p.put(
        "GET /t/{tenant}/console/catalogue/index",
        h ->
            assertThat(h.as("kaizhou.admin").get("/t/jianshi/console/catalogue/index").status())
                .isEqualTo(403));
    p.put(
        "POST /t/{tenant}/console/catalogue/index/rebuild",
        h ->
            assertThat(
                    h.as("kaizhou.admin")
                        .post("/t/jianshi/console/catalogue/index/rebuild", null, "")
                        .status())
                .isEqualTo(403));
    p.put(
        "GET /api/v1/platform/catalogue-index",
        h -> {
          assertThat(anon.get("/api/v1/platform/catalogue-index").status()).isEqualTo(401);
          assertThat(h.as("jianshi.admin").get("/api/v1/platform/catalogue-index").status())
              .isEqualTo(403);
          assertThat(h.asOperator().get("/api/v1/platform/catalogue-index?tenant=jianshi").array())
              .singleElement()
              .satisfies(
                  c -> assertThat(c.asJsonObject().getString("tenant")).isEqualTo("jianshi"));
        });
    p.put(
        "POST /api/v1/platform/catalogue-index/rebuild",
        h -> {
          assertThat(anon.post("/api/v1/platform/catalogue-index/rebuild", null, "").status())
              .isEqualTo(401);
          assertThat(
                  h.as("kaizhou.admin")
                      .post("/api/v1/platform/catalogue-index/rebuild?tenant=jianshi", null, "")
                      .status())
              .isEqualTo(403);
        });
  }

  /**
   * The province master: a county of another province sees none of it, and only the province's
   * admins (and operators) reach the province routes.
   */
  private static void masterProbes(Map<String, Consumer<Http>> p, Http anon) {
    p.put(
        "GET /t/{tenant}/api/v1/master-items",
        h -> {
          assertThat(anon.get("/t/jianshi/api/v1/master-items").array()).isNotEmpty();
          assertThat(anon.get("/t/shenqiu/api/v1/master-items").array()).isEmpty();
        });
    p.put(
        "GET /t/{tenant}/api/v1/master-items/diff",
        h -> {
          assertThat(h.as("shenqiu.admin").get("/t/jianshi/api/v1/master-items/diff").status())
              .isEqualTo(403);
          assertThat(h.as("shenqiu.admin").get("/t/shenqiu/api/v1/master-items/diff").body())
              .doesNotContain("420000-")
              .doesNotContain("422822-");
        });
    p.put(
        "GET /t/{tenant}/console/catalogue/master",
        h -> {
          assertThat(h.as("kaizhou.admin").get("/t/jianshi/console/catalogue/master").status())
              .isEqualTo(403);
          assertThat(h.as("kaizhou.admin").get("/t/kaizhou/console/catalogue/master").body())
              .doesNotContain("420000-")
              .doesNotContain("422822-");
        });
    p.put(
        "POST /t/{tenant}/console/catalogue/master/follow",
        h ->
            assertThat(
                    h.as("kaizhou.admin")
                        .post("/t/jianshi/console/catalogue/master/follow", null, "")
                        .status())
                .isEqualTo(403));
    p.put(
        "GET /api/v1/provinces/{code}/catalogue",
        h -> {
          assertThat(anon.get("/api/v1/provinces/420000/catalogue").status()).isEqualTo(401);
          assertThat(h.as("henan.admin").get("/api/v1/provinces/420000/catalogue").status())
              .isEqualTo(403);
          assertThat(h.as("jianshi.admin").get("/api/v1/provinces/420000/catalogue").status())
              .isEqualTo(403);
        });
    p.put(
        "PUT /api/v1/provinces/{code}/catalogue",
        h -> {
          String file =
              CatalogueMasterIT.MASTER_HEADER
                  + "\n"
                  + CatalogueMasterIT.masterRow(
                      "420000-PROBE-1", "探测事项", "000000000999", "《测试条例》第九条")
                  + "\n";
          assertThat(
                  h.as("henan.admin")
                      .put("/api/v1/provinces/420000/catalogue", "text/csv", file)
                      .status())
              .isEqualTo(403);
          assertThat(
                  h.as("jianshi.admin")
                      .put("/api/v1/provinces/420000/catalogue", "text/csv", file)
                      .status())
              .isEqualTo(403);
          assertThat(anon.get("/t/jianshi/api/v1/master-items").body())
              .doesNotContain("420000-PROBE-1");
        });
  }

  private static void pageProbes(Map<String, Consumer<Http>> p, Http anon) {
    p.put(
        "GET /t/{tenant}/services",
        h ->
            assertThat(anon.get("/t/jianshi/services?by=department").body())
                .contains("422822-")
                .doesNotContain("500154-"));
    p.put(
        "GET /t/{tenant}/services/search",
        h ->
            assertThat(anon.get("/t/jianshi/services/search?q=%E7%99%BB%E8%AE%B0").body())
                .doesNotContain("500154-"));
    p.put(
        "GET /t/{tenant}/services/{key}",
        h ->
            assertThat(anon.get("/t/jianshi/services/" + kaizhouKey(anon)).status())
                .isEqualTo(404));
    p.put(
        "GET /t/{tenant}/console/catalogue",
        h -> {
          assertThat(h.as("kaizhou.admin").get("/t/jianshi/console/catalogue").status())
              .isEqualTo(403);
          assertThat(h.as("jianshi.admin").get("/t/jianshi/console/catalogue").body())
              .contains("422822-")
              .doesNotContain("500154-");
        });
    p.put(
        "GET /t/{tenant}/console/catalogue/export.csv",
        h ->
            assertThat(
                    h.as("kaizhou.admin").get("/t/jianshi/console/catalogue/export.csv").status())
                .isEqualTo(403));
    p.put(
        "GET /t/{tenant}/console/catalogue/export.xlsx",
        h ->
            assertThat(
                    h.as("kaizhou.admin").get("/t/jianshi/console/catalogue/export.xlsx").status())
                .isEqualTo(403));
    p.put(
        "POST /t/{tenant}/console/catalogue/import",
        h ->
            assertThat(
                    h.as("kaizhou.admin")
                        .post(
                            "/t/jianshi/console/catalogue/import",
                            "multipart/form-data; boundary=b",
                            "--b--\r\n")
                        .status())
                .isEqualTo(403));
    p.put(
        "GET /t/{tenant}/console/catalogue/imports/{id}",
        h ->
            assertThat(
                    h.as("jianshi.admin")
                        .get("/t/jianshi/console/catalogue/imports/" + java.util.UUID.randomUUID())
                        .status())
                .isEqualTo(404));
    p.put(
        "POST /t/{tenant}/console/catalogue/{key}/publish",
        h ->
            assertThat(
                    h.as("jianshi.admin")
                        .post(
                            "/t/jianshi/console/catalogue/" + kaizhouKey(anon) + "/publish",
                            null,
                            "")
                        .status())
                .isIn(404, 409));
    p.put(
        "POST /t/{tenant}/console/catalogue/{key}/retire",
        h ->
            assertThat(
                    h.as("jianshi.admin")
                        .post(
                            "/t/jianshi/console/catalogue/" + kaizhouKey(anon) + "/retire",
                            null,
                            "")
                        .status())
                .isIn(404, 409));
  }

  private static String kaizhouKey(Http anon) {
    return anon.get("/t/kaizhou/api/v1/items?limit=1")
        .json()
        .getJsonArray("items")
        .getJsonObject(0)
        .getString("key");
  }
}
