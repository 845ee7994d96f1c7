package cn.yangguang.it;

import static cn.yangguang.it.CrossTenantProbeIT.a;
import static cn.yangguang.it.CrossTenantProbeIT.b;
import static cn.yangguang.it.CrossTenantProbeIT.bClockId;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The cross-tenant probes of the kernel services' routes (calendar, clocks, audit, calendar and job
 * administration), on the two counties {@link CrossTenantProbeIT} sets up.
 */
final class KernelRouteProbes {

  private KernelRouteProbes() {}

  /** Adds the probes, keyed by "METHOD path template". */
  static void add(Map<String, Consumer<Http>> p, Http anon, Http op) {
    p.put(
        "GET /t/{tenant}/api/v1/calendar/deadline",
        h -> {
          String q = "/api/v1/calendar/deadline?from=2025-10-31&amount=1&unit=WORKING_DAYS";
          assertThat(h.get(CrossTenantProbeIT.base(b) + q).json().getString("deadline"))
              .isEqualTo("2025-11-04");
          assertThat(h.get(CrossTenantProbeIT.base(a) + q).json().getString("deadline"))
              .isEqualTo("2025-11-03");
        });
    p.put(
        "GET /t/{tenant}/api/v1/calendar/years/{year}",
        h -> {
          assertThat(h.get(CrossTenantProbeIT.base(b) + "/api/v1/calendar/years/2025").body())
              .contains("2025-11-03");
          assertThat(h.get(CrossTenantProbeIT.base(a) + "/api/v1/calendar/years/2025").body())
              .doesNotContain("2025-11-03");
        });
    p.put(
        "POST /t/{tenant}/api/v1/clocks",
        h -> {
          String id =
              op.post(
                      CrossTenantProbeIT.base(a) + "/api/v1/clocks",
                      "application/json",
                      "{\"subjectType\":\"case\",\"subjectId\":\"A-1\",\"step\":\"s\",\"regime\":\"LICENSING\","
                          + "\"unit\":\"HOURS\",\"limit\":4}")
                  .json()
                  .getString("id");
          assertThat(op.get(CrossTenantProbeIT.base(b) + "/api/v1/clocks/" + id).status())
              .isEqualTo(404);
          assertThat(
                  anon.post(CrossTenantProbeIT.base(a) + "/api/v1/clocks", "application/json", "{}")
                      .status())
              .isEqualTo(401);
        });
    p.put(
        "PUT /t/{tenant}/api/v1/clocks/policies/{regime}",
        h -> {
          assertThat(
                  anon.put(
                          CrossTenantProbeIT.base(a) + "/api/v1/clocks/policies/HOTLINE",
                          "application/json",
                          "{}")
                      .status())
              .isEqualTo(401);
          assertThat(
                  op.put(
                          CrossTenantProbeIT.base(a) + "/api/v1/clocks/policies/HOTLINE",
                          "application/json",
                          "{\"yellowPct\":10,\"redPct\":20}")
                      .status())
              .isEqualTo(200);
          try (Connection c = TestStack.get().appDataSource().getConnection()) {
            c.setAutoCommit(false);
            RowLevelSecurityIT.bind(c, b.id());
            try (PreparedStatement ps =
                c.prepareStatement(
                    "SELECT count(*) FROM yg.clock_policy WHERE tenant_id IS NOT NULL AND regime = 'HOTLINE'")) {
              try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("A's thresholds are invisible to B").isZero();
              }
            }
            c.rollback();
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
          }
        });
    p.put(
        "GET /t/{tenant}/api/v1/clocks/{clockId}",
        h ->
            assertThat(op.get(CrossTenantProbeIT.base(a) + "/api/v1/clocks/" + bClockId).status())
                .isEqualTo(404));
    p.put(
        "POST /t/{tenant}/api/v1/clocks/{clockId}/{action}",
        h -> {
          assertThat(
                  op.post(
                          CrossTenantProbeIT.base(a) + "/api/v1/clocks/" + bClockId + "/complete",
                          "application/json",
                          "{}")
                      .status())
              .isEqualTo(404);
          assertThat(
                  op.get(CrossTenantProbeIT.base(b) + "/api/v1/clocks/" + bClockId)
                      .json()
                      .getString("status"))
              .isEqualTo("RUNNING");
        });
    p.put(
        "GET /t/{tenant}/api/v1/audit/verify",
        h -> {
          assertThat(anon.get(CrossTenantProbeIT.base(a) + "/api/v1/audit/verify").status())
              .isEqualTo(401);
          assertThat(
                  op.get(CrossTenantProbeIT.base(a) + "/api/v1/audit/verify")
                      .json()
                      .getBoolean("intact"))
              .isTrue();
        });
    p.put(
        "GET /t/{tenant}/api/v1/audit/subjects/{subjectType}/{subjectId}",
        h -> {
          assertThat(
                  op.get(CrossTenantProbeIT.base(b) + "/api/v1/audit/subjects/clock/" + bClockId)
                      .array())
              .isNotEmpty();
          assertThat(
                  op.get(CrossTenantProbeIT.base(a) + "/api/v1/audit/subjects/clock/" + bClockId)
                      .array())
              .isEmpty();
        });
    p.put(
        "GET /t/{tenant}/api/v1/audit/anchors",
        h -> {
          assertThat(op.get(CrossTenantProbeIT.base(b) + "/api/v1/audit/anchors").body())
              .contains(b.id().toString());
          assertThat(op.get(CrossTenantProbeIT.base(a) + "/api/v1/audit/anchors").body())
              .doesNotContain(b.id().toString());
        });
    p.put(
        "PUT /t/{tenant}/api/v1/calendar/years/{year}/overrides",
        h -> {
          String body =
              "{\"source\":\"甲县地方假日\",\"days\":[{\"date\":\"2025-11-10\",\"kind\":\"HOLIDAY\","
                  + "\"name\":\"地方假日\"}]}";
          String path = "/api/v1/calendar/years/2025/overrides";
          assertThat(anon.put(CrossTenantProbeIT.base(a) + path, "application/json", body).status())
              .isEqualTo(401);
          assertThat(op.put(CrossTenantProbeIT.base(a) + path, "application/json", body).status())
              .isEqualTo(200);
          assertThat(h.get(CrossTenantProbeIT.base(a) + "/api/v1/calendar/years/2025").body())
              .contains("2025-11-10");
          assertThat(h.get(CrossTenantProbeIT.base(b) + "/api/v1/calendar/years/2025").body())
              .doesNotContain("2025-11-10")
              .contains("2025-11-03");
        });
    p.put(
        "PUT /api/v1/platform/calendars/{year}",
        h ->
            assertThat(
                    anon.put("/api/v1/platform/calendars/2030", "application/json", "{}").status())
                .isEqualTo(401));
    p.put(
        "GET /api/v1/platform/calendars/missing",
        h -> assertThat(anon.get("/api/v1/platform/calendars/missing").status()).isEqualTo(401));
    p.put(
        "POST /api/v1/platform/jobs/{job}/run",
        h -> {
          assertThat(
                  anon.post("/api/v1/platform/jobs/clock-sweep/run", null, (String) null).status())
              .isEqualTo(401);
          assertThat(op.post("/api/v1/platform/jobs/no-such-job/run", null, (String) null).status())
              .isEqualTo(404);
        });
  }
}
