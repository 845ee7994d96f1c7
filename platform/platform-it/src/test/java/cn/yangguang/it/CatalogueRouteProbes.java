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
