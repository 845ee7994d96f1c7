package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
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
  void aPluginMountedAtAPrefixOfItsOwnServesThereOnlyAndACollidingClaimIsRefused() {
    Http anon = TestStack.http();
    Http op = anon.asOperator();
    String plugin = "/api/v1/platform/plugins/fixture-prefix/tenants/";
    assertThat(op.put(plugin + "jianshi", "text/plain", "").status()).isEqualTo(200);
    op.send("DELETE", plugin + "kaizhou", null, null);
    var list = anon.get("/t/jianshi/fixture-311/v2/services.json");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).contains("\"service_code\":\"jianshi-001\"");
    assertThat(anon.get("/t/kaizhou/fixture-311/v2/services.json").status()).isEqualTo(404);
    assertThat(anon.get("/t/jianshi/plugins/fixture-prefix/services.json").status()).isEqualTo(404);

    JsonObject colliding = plugin(op, "fixture-prefix-collision");
    assertThat(colliding.getString("state")).isEqualTo("FAILED");
    assertThat(colliding.getString("reason"))
        .contains(
            "claims /t/{tenant}/services/extra, but /t/{tenant}/services belongs to the platform");
    assertThat(anon.get("/t/jianshi/services").status()).isEqualTo(200);
  }

  @Test
  void pluginRoutesAreInTheOpenApiDocument() {
    String doc = TestStack.http().header("Accept", "application/json").get("/openapi").body();
    assertThat(doc)
        .contains("/t/{tenant}/plugins/hello-county/api/greetings")
        .contains("plugin hello-county")
        .contains("/t/{tenant}/api/v1/structure");
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
        .contains("requires platform API 9.0 but this platform provides 1.1");
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

  @Test
  void aPluginJobRunsOncePerEnabledCountyAndItsListenerSeesOnlyThoseCounties() throws Exception {
    Http op = TestStack.http().asOperator();
    String plugin = "/api/v1/platform/plugins/fixture-scheduled-job";
    assertThat(op.put(plugin + "/tenants/jianshi", "text/plain", "").status()).isEqualTo(200);
    assertThat(op.put(plugin + "/tenants/pingchang", "text/plain", "").status()).isEqualTo(200);
    op.send("DELETE", plugin + "/tenants/kaizhou", null, null);
    Map<String, Long> ticked = events("fixture-scheduled-job.ticked");
    Map<String, Long> seen = events("fixture-scheduled-job.seen");

    var run = op.post(plugin + "/jobs/tick/run", null, (String) null);
    assertThat(run.status()).isEqualTo(200);
    assertThat(run.json().getBoolean("ran")).isTrue();
    assertThat(run.json().getInt("failed")).isEqualTo(1); // pingchang, by design of the fixture
    Map<String, Long> after = events("fixture-scheduled-job.ticked");
    assertThat(after.getOrDefault("jianshi", 0L)).isEqualTo(ticked.getOrDefault("jianshi", 0L) + 1);
    assertThat(after.getOrDefault("kaizhou", 0L)).isEqualTo(ticked.getOrDefault("kaizhou", 0L));
    assertThat(after.getOrDefault("pingchang", 0L)).isEqualTo(ticked.getOrDefault("pingchang", 0L));
    assertThat(plugin(op, "fixture-scheduled-job").getString("state")).isEqualTo("STARTED");
    assertThat(op.post(plugin + "/jobs/no-such-job/run", null, (String) null).status())
        .isEqualTo(404);

    // the listener answers the jianshi event on this node's outbox thread
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
    while (events("fixture-scheduled-job.seen").getOrDefault("jianshi", 0L)
            <= seen.getOrDefault("jianshi", 0L)
        && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    Map<String, Long> seenAfter = events("fixture-scheduled-job.seen");
    assertThat(seenAfter.getOrDefault("jianshi", 0L))
        .isEqualTo(seen.getOrDefault("jianshi", 0L) + 1);
    assertThat(seenAfter.getOrDefault("kaizhou", 0L)).isEqualTo(seen.getOrDefault("kaizhou", 0L));
    op.send("DELETE", plugin + "/tenants/pingchang", null, null);
  }

  @Test
  void aManifestEnablesInstalledPluginsForANewCountyOnlyAsItsInitialState() {
    Http op = TestStack.http().asOperator();
    Manifests.TestTenant county = Manifests.fresh("plug");
    String manifest =
        county
            .manifest("插件县")
            .replace(
                "  - {id: village-affairs, enabled: true, settings: {}}",
                "  - {id: village-affairs, enabled: true, settings: {}}\n"
                    + "  - {id: hello-county, enabled: true, settings: {}}");
    assertThat(manifest).contains("id: hello-county");
    var created = op.post("/api/v1/platform/tenants", "application/yaml", manifest);
    assertThat(created.status()).isEqualTo(201);
    JsonObject details = created.json().getJsonObject("details");
    assertThat(details.getString("plugins.applied")).isEqualTo("hello-county=on");
    assertThat(details.getString("plugins.notRunning")).isEqualTo("village-affairs");
    String page = "/t/" + county.slug() + PAGE;
    assertThat(TestStack.http().get(page).status()).isEqualTo(200);

    // an operator (or the county's admin) switches it off; re-applying the manifest keeps that
    op.send(
        "DELETE", "/api/v1/platform/plugins/" + HELLO + "/tenants/" + county.slug(), null, null);
    assertThat(
            op.put(
                    "/api/v1/platform/tenants/" + county.slug(),
                    "application/yaml",
                    manifest.replace("插件县", "插件县二"))
                .status())
        .isEqualTo(200);
    assertThat(TestStack.http().get(page).status()).isEqualTo(404);
  }

  /** Outbox events of a type, counted per county slug (as yg_system: across counties). */
  static Map<String, Long> events(String type) throws Exception {
    Map<String, Long> out = new java.util.HashMap<>();
    try (Connection c = TestStack.get().systemDataSource().getConnection();
        java.sql.PreparedStatement ps =
            c.prepareStatement(
                "SELECT t.slug, count(*) FROM yg.outbox_event e JOIN yg.tenant t ON t.id = e.tenant_id"
                    + " WHERE e.type = ? GROUP BY t.slug")) {
      ps.setString(1, type);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    return out;
  }

  static JsonObject plugin(Http op, String id) {
    return op.get("/api/v1/platform/plugins").array().getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("id").equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " is not installed"));
  }
}
