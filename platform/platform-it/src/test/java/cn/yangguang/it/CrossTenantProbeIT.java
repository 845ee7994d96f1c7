package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.it.Manifests.TestTenant;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every HTTP route the server registers is probed from one county's context with another county's
 * ids and data. A route without a probe fails this test: a new route cannot ship without proving it
 * keeps counties apart.
 */
@ExtendWith(TestStack.class)
@Order(60)
class CrossTenantProbeIT {

  static TestTenant a;
  static TestTenant b;
  static String bName;
  static String bDepartmentId;
  static String bFileId;
  static String bPrivateList;
  static String bClockId;

  @BeforeAll
  static void twoCounties() throws Exception {
    a = Manifests.fresh("probe-a").onboard("探甲县");
    bName = "探乙县" + UUID.randomUUID().toString().substring(0, 4);
    b = Manifests.fresh("probe-b").onboard(bName);
    Http op = TestStack.http().asOperator();
    bDepartmentId =
        TestStack.http()
            .get(base(b) + "/api/v1/structure")
            .json()
            .getJsonArray("departments")
            .getJsonObject(0)
            .getString("id");
    bFileId =
        op.post(base(b) + "/api/v1/files?name=b.pdf", "application/pdf", FileStorageIT.PDF)
            .json()
            .getString("id");
    bPrivateList = "private-" + UUID.randomUUID().toString().substring(0, 6);
    try (Connection c = TestStack.get().appDataSource().getConnection()) {
      c.setAutoCommit(false);
      RowLevelSecurityIT.bind(c, b.id());
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO yg.code_list_entry (id, tenant_id, list_code, code, label_zh, sort_order)"
                  + " VALUES (?, ?, ?, 'B-ONLY', '乙县自有', 0)")) {
        ps.setObject(1, UUID.randomUUID());
        ps.setObject(2, b.id());
        ps.setString(3, bPrivateList);
        ps.executeUpdate();
      }
      // B's own calendar: 2025-11-03 (a Monday) is a local holiday in B only
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO yg.calendar_day (id, tenant_id, day, kind, name) VALUES (?, ?, date '2025-11-03', 'HOLIDAY', '乙县地方假日')")) {
        ps.setObject(1, UUID.randomUUID());
        ps.setObject(2, b.id());
        ps.executeUpdate();
      }
      c.commit();
    }
    bClockId =
        op.post(
                base(b) + "/api/v1/clocks",
                "application/json",
                "{\"subjectType\":\"case\",\"subjectId\":\"B-1\",\"step\":\"decision\",\"regime\":\"LICENSING\","
                    + "\"unit\":\"WORKING_DAYS\",\"limit\":20}")
            .json()
            .getString("id");
    op.post("/api/v1/platform/jobs/audit-chain/run", null, (String) null);
    op.post("/api/v1/platform/jobs/audit-anchor/run", null, (String) null);
  }

  static Map<String, Consumer<Http>> probes() {
    Map<String, Consumer<Http>> p = new LinkedHashMap<>();
    Http anon = TestStack.http();
    Http op = anon.asOperator();
    p.put("GET /", h -> assertThat(h.get("/").body()).doesNotContain(bDepartmentId));
    IdentityRouteProbes.add(p, anon);
    ConsoleRouteProbes.add(p, anon);
    CatalogueRouteProbes.add(p, anon);
    DisclosureRouteProbes.add(p, anon);
    CaseworkRouteProbes.add(p, anon);
    PluginRouteProbes.add(p, anon);
    HotlineRouteProbes.add(p, anon);
    SupervisionRouteProbes.add(p, anon);
    DisclosureRequestRouteProbes.add(p, anon);
    p.put("GET /api/v1/ping", h -> assertThat(h.get("/api/v1/ping").body()).isEqualTo("pong"));
    p.put("GET /swagger-ui", h -> assertThat(h.get("/swagger-ui").body()).doesNotContain(bName));
    p.put(
        "GET /static/{path: .+}",
        h -> {
          assertThat(h.get("/static/portal.css").status()).isEqualTo(200);
          assertThat(h.get("/static/../WEB-INF/web.xml").status()).isEqualTo(404);
        });
    p.put(
        "GET /webjars/{path: .+}",
        h -> assertThat(h.get("/webjars/../META-INF/persistence.xml").status()).isEqualTo(404));
    // Operator routes: closed without the operator token; with it, an address names one county
    // only.
    p.put(
        "GET /api/v1/platform/clock",
        h -> assertThat(anon.get("/api/v1/platform/clock").status()).isEqualTo(401));
    p.put(
        "POST /api/v1/platform/clock/advance",
        h ->
            assertThat(
                    anon.post("/api/v1/platform/clock/advance", "application/json", "{\"days\":1}")
                        .status())
                .isEqualTo(401));
    p.put(
        "PUT /api/v1/platform/code-lists/{list}",
        h ->
            assertThat(
                    anon.put(
                            "/api/v1/platform/code-lists/" + bPrivateList, "application/json", "[]")
                        .status())
                .isEqualTo(401));
    p.put(
        "GET /api/v1/platform/routes",
        h -> assertThat(anon.get("/api/v1/platform/routes").status()).isEqualTo(401));
    p.put(
        "GET /api/v1/platform/tenants",
        h -> assertThat(anon.get("/api/v1/platform/tenants").status()).isEqualTo(401));
    p.put(
        "POST /api/v1/platform/tenants",
        h -> {
          assertThat(
                  anon.post("/api/v1/platform/tenants", "application/yaml", b.manifest("夺"))
                      .status())
              .isEqualTo(401);
          // a document with B's id and A's slug cannot take over A (or B)
          TestTenant hijack = new TestTenant(b.id(), a.slug(), "420000");
          assertThat(
                  op.post("/api/v1/platform/tenants", "application/yaml", hijack.manifest("夺"))
                      .status())
              .isEqualTo(409);
        });
    p.put(
        "GET /api/v1/platform/tenants/{slug}",
        h -> {
          assertThat(anon.get("/api/v1/platform/tenants/" + b.slug()).status()).isEqualTo(401);
          assertThat(op.get("/api/v1/platform/tenants/" + a.slug()).json().getString("id"))
              .isEqualTo(a.id().toString());
        });
    p.put(
        "PUT /api/v1/platform/tenants/{slug}",
        h -> {
          assertThat(
                  anon.put(
                          "/api/v1/platform/tenants/" + a.slug(),
                          "application/yaml",
                          b.manifest("夺"))
                      .status())
              .isEqualTo(401);
          assertThat(
                  op.put(
                          "/api/v1/platform/tenants/" + a.slug(),
                          "application/yaml",
                          b.manifest("夺"))
                      .status())
              .isEqualTo(409);
          assertThat(TestStack.http().get(base(b) + "/").body()).contains(bName);
        });
    p.put(
        "POST /api/v1/platform/tenants/{slug}/suspend",
        h ->
            assertThat(
                    anon.post(
                            "/api/v1/platform/tenants/" + b.slug() + "/suspend",
                            null,
                            (String) null)
                        .status())
                .isEqualTo(401));
    p.put(
        "POST /api/v1/platform/tenants/{slug}/resume",
        h ->
            assertThat(
                    anon.post(
                            "/api/v1/platform/tenants/" + b.slug() + "/resume", null, (String) null)
                        .status())
                .isEqualTo(401));
    // Tenant routes: A's address with B's ids answers 404; A's answers contain nothing of B.
    p.put(
        "GET /t/{tenant}",
        h -> {
          String page = h.get(base(a) + "/").body();
          assertThat(page).contains("探甲县").doesNotContain(bName);
        });
    p.put(
        "GET /t/{tenant}/api/v1/structure",
        h ->
            assertThat(h.get(base(a) + "/api/v1/structure").body())
                .doesNotContain(bDepartmentId)
                .doesNotContain(bName));
    p.put(
        "GET /t/{tenant}/api/v1/departments/{departmentId}",
        h -> {
          assertThat(h.get(base(b) + "/api/v1/departments/" + bDepartmentId).status())
              .isEqualTo(200);
          assertThat(h.get(base(a) + "/api/v1/departments/" + bDepartmentId).status())
              .isEqualTo(404);
          assertThat(h.get(base(a) + "/api/v1/departments/not-a-uuid").status()).isEqualTo(404);
        });
    p.put(
        "GET /t/{tenant}/api/v1/code-lists/{list}",
        h -> {
          assertThat(h.get(base(b) + "/api/v1/code-lists/" + bPrivateList).array()).hasSize(1);
          assertThat(h.get(base(a) + "/api/v1/code-lists/" + bPrivateList).array()).isEmpty();
        });
    p.put(
        "POST /t/{tenant}/api/v1/files",
        h -> {
          assertThat(
                  anon.post(
                          base(a) + "/api/v1/files?name=x.pdf",
                          "application/pdf",
                          FileStorageIT.PDF)
                      .status())
              .isEqualTo(401);
          String id =
              op.post(base(a) + "/api/v1/files?name=a.pdf", "application/pdf", FileStorageIT.PDF)
                  .json()
                  .getString("id");
          assertThat(op.get(base(b) + "/api/v1/files/" + id).status()).isEqualTo(404);
        });
    p.put(
        "GET /t/{tenant}/api/v1/files/{fileId}",
        h -> assertThat(op.get(base(a) + "/api/v1/files/" + bFileId).status()).isEqualTo(404));
    p.put(
        "GET /t/{tenant}/api/v1/files/{fileId}/content",
        h ->
            assertThat(op.get(base(a) + "/api/v1/files/" + bFileId + "/content").status())
                .isEqualTo(404));
    KernelRouteProbes.add(p, anon, op);
    return p;
  }

  @Test
  void everyRouteHasAProbeAndEveryProbePasses() {
    Map<String, Consumer<Http>> probes = probes();
    List<String> routes =
        TestStack.http().asOperator().get("/api/v1/platform/routes").array().stream()
            .map(
                v ->
                    ((JsonObject) v).getString("method") + " " + ((JsonObject) v).getString("path"))
            .toList();
    assertThat(routes).contains("GET /t/{tenant}/api/v1/structure");
    List<String> unprobed = new ArrayList<>();
    for (String route : routes) {
      Consumer<Http> probe = probes.get(route);
      if (probe == null) {
        unprobed.add(route);
      } else {
        probe.accept(TestStack.http());
      }
    }
    assertThat(unprobed).as("routes without a cross-tenant probe").isEmpty();
  }

  @Test
  void readsThroughJpaDoNotLeakAcrossTenantsViaAnyCache() {
    Http h = TestStack.http();
    for (int i = 0; i < 3; i++) {
      // warm whatever cache there is with B's department, then ask for it as A
      assertThat(h.get(base(b) + "/api/v1/departments/" + bDepartmentId).status()).isEqualTo(200);
      assertThat(h.get(base(a) + "/api/v1/departments/" + bDepartmentId).status()).isEqualTo(404);
      assertThat(h.get(base(a) + "/").body()).doesNotContain(bName);
    }
  }

  static String base(TestTenant t) {
    return "/t/" + t.slug();
  }
}
