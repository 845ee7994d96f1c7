package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The plugin host against the real stack, with the plugins the build installed in the stack's
 * plugins folder: {@code hello-county}, generated from the archetype and built by Maven in {@code
 * plugins/plugin-archetype}, and three fixtures (one throws at start, one needs API 9.0, one has a
 * tenant table without a forced policy).
 */
@ExtendWith(TestStack.class)
@Order(55)
class PluginsIT {

  static final String HELLO = "hello-county";
  static final String PAGE = "/plugins/" + HELLO;

  @Test
  void theArchetypePluginServesOnlyTheCountiesThatEnableItAndStopsAtOnceWhenDisabled() {
    Http anon = TestStack.http();
    Http op = anon.asOperator();
    Http admin = anon.as("jianshi.admin");
    op.send("DELETE", "/api/v1/platform/plugins/" + HELLO + "/tenants/kaizhou", null, null);

    assertThat(
            op.put("/api/v1/platform/plugins/" + HELLO + "/tenants/jianshi", "text/plain", "")
                .status())
        .isEqualTo(200);
    var page = anon.get("/t/jianshi" + PAGE);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("问候 · jianshi").contains(HELLO);
    assertThat(anon.get("/t/jianshi" + PAGE + "/").status()).isEqualTo(200);
    assertThat(anon.get("/t/kaizhou" + PAGE).status()).isEqualTo(404);

    // the county's own admin turns it off: the next request is 404, no restart
    assertThat(admin.send("DELETE", "/t/jianshi/api/v1/plugins/" + HELLO, null, null).status())
        .isEqualTo(200);
    assertThat(anon.get("/t/jianshi" + PAGE).status()).isEqualTo(404);
    assertThat(anon.get("/t/jianshi" + PAGE + "/api/greetings").status()).isEqualTo(404);
    JsonObject listed =
        admin.get("/t/jianshi/api/v1/plugins").array().getValuesAs(JsonObject.class).stream()
            .filter(p -> p.getString("id").equals(HELLO))
            .findFirst()
            .orElseThrow();
    assertThat(listed.getBoolean("enabled")).isFalse();
    assertThat(listed.getString("changedBy")).isEqualTo("jianshi.admin");

    // and on again, by the county admin
    assertThat(admin.put("/t/jianshi/api/v1/plugins/" + HELLO, "text/plain", "").status())
        .isEqualTo(200);
    assertThat(anon.get("/t/jianshi" + PAGE).status()).isEqualTo(200);
    // another county's admin cannot switch it for jianshi
    assertThat(
            anon.as("kaizhou.admin")
                .send("DELETE", "/t/jianshi/api/v1/plugins/" + HELLO, null, null)
                .status())
        .isEqualTo(403);
    assertThat(anon.get("/t/jianshi" + PAGE).status()).isEqualTo(200);
  }

  @Test
  void pluginTablesKeepCountiesApartAndWritesNeedStaff() {
    Http anon = TestStack.http();
    Http op = anon.asOperator();
    op.put("/api/v1/platform/plugins/" + HELLO + "/tenants/jianshi", "text/plain", "");
    op.put("/api/v1/platform/plugins/" + HELLO + "/tenants/kaizhou", "text/plain", "");
    String api = PAGE + "/api/greetings";

    assertThat(anon.postJson("/t/jianshi" + api, "{\"text\":\"匿名\"}").status()).isEqualTo(401);
    assertThat(anon.as("kaizhou.clerk").postJson("/t/jianshi" + api, "{\"text\":\"越界\"}").status())
        .isEqualTo(403);
    var blank = anon.as("jianshi.clerk").postJson("/t/jianshi" + api, "{\"text\":\"  \"}");
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.body()).contains("text");

    var added = anon.as("jianshi.clerk").postJson("/t/jianshi" + api, "{\"text\":\"建始问好\"}");
    assertThat(added.status()).isEqualTo(201);
    String id = added.json().getString("id");
    assertThat(anon.get("/t/jianshi" + api).body()).contains(id).contains("建始问好");
    assertThat(anon.get("/t/jianshi" + PAGE).body()).contains("建始问好");
    assertThat(anon.get("/t/kaizhou" + api).body()).doesNotContain(id).doesNotContain("建始问好");
    op.send("DELETE", "/api/v1/platform/plugins/" + HELLO + "/tenants/kaizhou", null, null);
  }

  @Test
  void aPluginNeedingAnotherApiVersionIsRefusedWithAClearMessage() {
    Http op = TestStack.http().asOperator();
    JsonObject wrong = plugin(op, "fixture-wrong-api");
    assertThat(wrong.getString("state")).isEqualTo("REFUSED");
    assertThat(wrong.getString("reason"))
        .contains("requires platform API 9.0 but this platform provides 1.0");
    var enable =
        op.put("/api/v1/platform/plugins/fixture-wrong-api/tenants/jianshi", "text/plain", "");
    assertThat(enable.status()).isEqualTo(404);
    assertThat(enable.body()).contains("not running");
  }

  @Test
  void aPluginThatThrowsAtStartIsIsolatedAndReportedWhileTheCoreServes() {
    Http anon = TestStack.http();
    Http op = anon.asOperator();
    JsonObject failing = plugin(op, "fixture-failing-start");
    assertThat(failing.getString("state")).isEqualTo("FAILED");
    assertThat(failing.getString("reason")).contains("'endpoint' is missing");
    assertThat(
            op.put(
                    "/api/v1/platform/plugins/fixture-failing-start/tenants/jianshi",
                    "text/plain",
                    "")
                .status())
        .isEqualTo(404);
    assertThat(anon.get("/t/jianshi/plugins/fixture-failing-start").status()).isEqualTo(404);
    var health = anon.get("/health/ready");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body()).contains("fixture-failing-start").contains("FAILED");
    assertThat(anon.get("/t/jianshi/").status()).isEqualTo(200);
  }

  @Test
  void aPluginTableWithoutAForcedPolicyIsRefusedAtEnableAndLeavesNothingBehind() throws Exception {
    Http op = TestStack.http().asOperator();
    var refused =
        op.put("/api/v1/platform/plugins/fixture-unforced-table/tenants/jianshi", "text/plain", "");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body())
        .contains("plugin_fixture_unforced_table.notes")
        .contains("not forced")
        .contains("nothing was enabled");
    JsonObject listed =
        TestStack.http()
            .as("jianshi.admin")
            .get("/t/jianshi/api/v1/plugins")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(p -> p.getString("id").equals("fixture-unforced-table"))
            .findFirst()
            .orElseThrow();
    assertThat(listed.getBoolean("enabled")).isFalse();
    try (Connection c = TestStack.get().migratorDataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT to_regclass('plugin_fixture_unforced_table.notes') IS NULL")) {
      rs.next();
      assertThat(rs.getBoolean(1)).as("the refused migration was rolled back").isTrue();
    }
  }

  @Test
  void aPluginThatThrowsInARequestIsAnswered500RolledBackAndCountedWhileTheCoreServes()
      throws Exception {
    Http anon = TestStack.http();
    Http op = anon.asOperator();
    String route = "/t/jianshi/plugins/fixture-throwing-route";
    assertThat(
            op.put(
                    "/api/v1/platform/plugins/fixture-throwing-route/tenants/jianshi",
                    "text/plain",
                    "")
                .status())
        .isEqualTo(200);
    assertThat(anon.get(route).body()).isEqualTo("fine in jianshi");
    long before = plugin(op, "fixture-throwing-route").getJsonNumber("requestFailures").longValue();

    var failed = anon.post(route, "text/plain", "");
    assertThat(failed.status()).isEqualTo(500);
    assertThat(failed.body()).doesNotContain("a bug in the fixture").contains("incident");
    assertThat(plugin(op, "fixture-throwing-route").getJsonNumber("requestFailures").longValue())
        .isEqualTo(before + 1);
    assertThat(anon.get("/health/ready").body()).contains("failed requests");
    // the event the method published before it threw went with the rolled-back transaction
    try (Connection c = TestStack.get().systemDataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM yg.outbox_event WHERE type = 'fixture-throwing-route.before-failure'")) {
      rs.next();
      assertThat(rs.getLong(1)).isZero();
    }
    assertThat(anon.get(route).status()).isEqualTo(200);
    assertThat(anon.get("/t/jianshi/").status()).isEqualTo(200);
  }

  @Test
  void theConsoleShowsPluginPagesToStaffAndEnablementToAdmins() {
    Http anon = TestStack.http();
    anon.asOperator()
        .put("/api/v1/platform/plugins/" + HELLO + "/tenants/jianshi", "text/plain", "");
    String admin = anon.as("jianshi.admin").get("/t/jianshi/console/plugins").body();
    assertThat(admin)
        .contains("href=\"/t/jianshi/plugins/hello-county/console\"")
        .contains("问候管理")
        .contains("fixture-failing-start")
        .contains("启动失败，已隔离")
        .contains("requires platform API 9.0")
        .contains("/t/jianshi/console/plugins/hello-county/disable");
    String clerk = anon.as("jianshi.clerk").get("/t/jianshi/console/plugins").body();
    assertThat(clerk).contains("问候管理").doesNotContain("fixture-failing-start");
    assertThat(anon.as("jianshi.clerk").get("/t/jianshi/console").body())
        .contains("/t/jianshi/console/plugins");
    assertThat(
            anon.as("jianshi.clerk")
                .post(
                    "/t/jianshi/console/plugins/hello-county/disable",
                    "application/x-www-form-urlencoded",
                    "")
                .status())
        .isEqualTo(403);
    var refused =
        anon.as("jianshi.admin")
            .post(
                "/t/jianshi/console/plugins/fixture-unforced-table/enable",
                "application/x-www-form-urlencoded",
                "");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body()).contains("not forced");
  }

  static JsonObject plugin(Http op, String id) {
    return op.get("/api/v1/platform/plugins").array().getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("id").equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " is not installed"));
  }
}
