package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Consumer;

/**
 * The cross-tenant probes of the plugin host's routes and of the archetype plugin's routes (listed
 * by the route listing like the core's): with {@code hello-county} enabled for jianshi only,
 * kaizhou's address answers 404 and shows nothing of jianshi's; one county's admin cannot switch
 * another county's plugins; the operator routes are closed without the operator token.
 */
final class PluginRouteProbes {

  private static final String HELLO = "/plugins/hello-county";

  private PluginRouteProbes() {}

  /** Adds the probes, keyed by "METHOD path template". */
  static void add(Map<String, Consumer<Http>> p, Http anon) {
    consoleProbes(p, anon);
    Http op = anon.asOperator();
    p.put(
        "LOCATOR /t/{tenant}/plugins/{pluginId}",
        h -> {
          jianshiOnly(op);
          assertThat(anon.get("/t/kaizhou/plugins/no-such-plugin").status()).isEqualTo(404);
          assertThat(anon.get("/t/kaizhou" + HELLO).status()).isEqualTo(404);
        });
    p.put(
        "GET /t/{tenant}/plugins/hello-county",
        h -> {
          String text = greet(anon);
          assertThat(anon.get("/t/jianshi" + HELLO).body()).contains(text);
          assertThat(anon.get("/t/kaizhou" + HELLO).status()).isEqualTo(404);
        });
    p.put(
        "GET /t/{tenant}/plugins/hello-county/api/greetings",
        h -> {
          String text = greet(anon);
          assertThat(anon.get("/t/jianshi" + HELLO + "/api/greetings").body()).contains(text);
          op.put("/api/v1/platform/plugins/hello-county/tenants/kaizhou", "text/plain", "");
          assertThat(anon.get("/t/kaizhou" + HELLO + "/api/greetings").body()).doesNotContain(text);
          jianshiOnly(op);
        });
    p.put(
        "POST /t/{tenant}/plugins/hello-county/api/greetings",
        h -> {
          jianshiOnly(op);
          assertThat(
                  anon.as("kaizhou.clerk")
                      .postJson("/t/jianshi" + HELLO + "/api/greetings", "{\"text\":\"夺\"}")
                      .status())
              .isEqualTo(403);
          assertThat(
                  anon.as("kaizhou.clerk")
                      .postJson("/t/kaizhou" + HELLO + "/api/greetings", "{\"text\":\"夺\"}")
                      .status())
              .isEqualTo(404);
        });
    p.put(
        "GET /t/{tenant}/plugins/hello-county/console",
        h -> {
          jianshiOnly(op);
          assertThat(anon.as("kaizhou.admin").get("/t/jianshi" + HELLO + "/console").status())
              .isEqualTo(403);
          assertThat(anon.as("jianshi.admin").get("/t/jianshi" + HELLO + "/console").status())
              .isEqualTo(200);
        });
    p.put(
        "GET /api/v1/platform/plugins",
        h -> assertThat(anon.get("/api/v1/platform/plugins").status()).isEqualTo(401));
    p.put(
        "PUT /api/v1/platform/plugins/{pluginId}/tenants/{slug}",
        h -> {
          assertThat(
                  anon.put(
                          "/api/v1/platform/plugins/hello-county/tenants/kaizhou", "text/plain", "")
                      .status())
              .isEqualTo(401);
          assertThat(
                  anon.as("jianshi.admin")
                      .put(
                          "/api/v1/platform/plugins/hello-county/tenants/kaizhou", "text/plain", "")
                      .status())
              .isEqualTo(403);
          assertThat(anon.get("/t/kaizhou" + HELLO).status()).isEqualTo(404);
        });
    p.put(
        "DELETE /api/v1/platform/plugins/{pluginId}/tenants/{slug}",
        h -> {
          jianshiOnly(op);
          assertThat(
                  anon.send(
                          "DELETE",
                          "/api/v1/platform/plugins/hello-county/tenants/jianshi",
                          null,
                          null)
                      .status())
              .isEqualTo(401);
          assertThat(anon.get("/t/jianshi" + HELLO).status()).isEqualTo(200);
        });
    p.put(
        "GET /t/{tenant}/api/v1/plugins",
        h -> {
          jianshiOnly(op);
          assertThat(anon.as("kaizhou.admin").get("/t/jianshi/api/v1/plugins").status())
              .isEqualTo(403);
          assertThat(anon.as("kaizhou.admin").get("/t/kaizhou/api/v1/plugins").body())
              .contains("hello-county")
              .doesNotContain("jianshi.");
        });
    p.put(
        "PUT /t/{tenant}/api/v1/plugins/{pluginId}",
        h -> {
          assertThat(
                  anon.as("jianshi.admin")
                      .put("/t/kaizhou/api/v1/plugins/hello-county", "text/plain", "")
                      .status())
              .isEqualTo(403);
          assertThat(anon.get("/t/kaizhou" + HELLO).status()).isEqualTo(404);
        });
    p.put(
        "DELETE /t/{tenant}/api/v1/plugins/{pluginId}",
        h -> {
          jianshiOnly(op);
          assertThat(
                  anon.as("kaizhou.admin")
                      .send("DELETE", "/t/jianshi/api/v1/plugins/hello-county", null, null)
                      .status())
              .isEqualTo(403);
          assertThat(anon.get("/t/jianshi" + HELLO).status()).isEqualTo(200);
        });
  }

  private static void consoleProbes(Map<String, Consumer<Http>> p, Http anon) {
    Http op = anon.asOperator();
    p.put(
        "GET /t/{tenant}/plugins/fixture-throwing-route",
        h -> {
          op.send(
              "DELETE",
              "/api/v1/platform/plugins/fixture-throwing-route/tenants/kaizhou",
              null,
              null);
          assertThat(anon.get("/t/kaizhou/plugins/fixture-throwing-route").status()).isEqualTo(404);
        });
    p.put(
        "POST /t/{tenant}/plugins/fixture-throwing-route",
        h ->
            assertThat(
                    anon.post("/t/kaizhou/plugins/fixture-throwing-route", "text/plain", "")
                        .status())
                .isEqualTo(404));
    p.put(
        "LOCATOR /t/{tenant}/fixture-311/v2",
        h -> {
          prefixJianshiOnly(op);
          assertThat(anon.get("/t/kaizhou/fixture-311/v2/services.json").status()).isEqualTo(404);
        });
    p.put(
        "GET /t/{tenant}/fixture-311/v2/services.json",
        h -> {
          prefixJianshiOnly(op);
          assertThat(anon.get("/t/jianshi/fixture-311/v2/services.json").body())
              .contains("jianshi-001")
              .doesNotContain("kaizhou");
        });
    p.put(
        "GET /t/{tenant}/fixture-311/v2/services/{code}.json",
        h -> {
          prefixJianshiOnly(op);
          assertThat(anon.get("/t/jianshi/fixture-311/v2/services/jianshi-001.json").status())
              .isEqualTo(200);
          assertThat(anon.get("/t/jianshi/fixture-311/v2/services/kaizhou-001.json").status())
              .isEqualTo(404);
        });
    p.put(
        "POST /api/v1/platform/plugins/{pluginId}/jobs/{job}/run",
        h -> {
          assertThat(
                  anon.post(
                          "/api/v1/platform/plugins/fixture-scheduled-job/jobs/tick/run", null, "")
                      .status())
              .isEqualTo(401);
          assertThat(
                  anon.as("jianshi.admin")
                      .post(
                          "/api/v1/platform/plugins/fixture-scheduled-job/jobs/tick/run", null, "")
                      .status())
              .isEqualTo(403);
        });
    p.put(
        "GET /t/{tenant}/console/plugins",
        h -> {
          jianshiOnly(op);
          assertThat(anon.as("kaizhou.admin").get("/t/jianshi/console/plugins").status())
              .isEqualTo(403);
          assertThat(anon.as("kaizhou.clerk").get("/t/kaizhou/console/plugins").body())
              .doesNotContain("/t/jianshi/");
        });
    p.put(
        "POST /t/{tenant}/console/plugins/{pluginId}/enable",
        h -> {
          assertThat(
                  anon.as("jianshi.admin")
                      .post(
                          "/t/kaizhou/console/plugins/hello-county/enable",
                          "application/x-www-form-urlencoded",
                          "")
                      .status())
              .isEqualTo(403);
          assertThat(anon.get("/t/kaizhou" + HELLO).status()).isEqualTo(404);
        });
    p.put(
        "POST /t/{tenant}/console/plugins/{pluginId}/disable",
        h -> {
          jianshiOnly(op);
          assertThat(
                  anon.as("kaizhou.admin")
                      .post(
                          "/t/jianshi/console/plugins/hello-county/disable",
                          "application/x-www-form-urlencoded",
                          "")
                      .status())
              .isEqualTo(403);
          assertThat(anon.get("/t/jianshi" + HELLO).status()).isEqualTo(200);
        });
  }

  /** fixture-prefix on for jianshi, off for kaizhou. */
  private static void prefixJianshiOnly(Http op) {
    op.put("/api/v1/platform/plugins/fixture-prefix/tenants/jianshi", "text/plain", "");
    op.send("DELETE", "/api/v1/platform/plugins/fixture-prefix/tenants/kaizhou", null, null);
  }

  /** hello-county on for jianshi, off for kaizhou. */
  private static void jianshiOnly(Http op) {
    assertThat(
            op.put("/api/v1/platform/plugins/hello-county/tenants/jianshi", "text/plain", "")
                .status())
        .isEqualTo(200);
    assertThat(
            op.send("DELETE", "/api/v1/platform/plugins/hello-county/tenants/kaizhou", null, null)
                .status())
        .isEqualTo(200);
  }

  /** Adds a greeting in jianshi and returns its text. */
  private static String greet(Http anon) {
    jianshiOnly(anon.asOperator());
    String text = "探针" + java.util.UUID.randomUUID().toString().substring(0, 6);
    assertThat(
            anon.as("jianshi.clerk")
                .postJson("/t/jianshi" + HELLO + "/api/greetings", "{\"text\":\"" + text + "\"}")
                .status())
        .isEqualTo(201);
    return text;
  }
}
