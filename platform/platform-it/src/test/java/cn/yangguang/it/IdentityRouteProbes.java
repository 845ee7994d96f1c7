package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The cross-tenant probes of the identity routes: sign-in, the caller's identity, oversight
 * listings and staff management. Staff management is probed between two demo counties (their admins
 * have known passwords): one county's admin addressing another county's staff ids gets 404.
 */
final class IdentityRouteProbes {

  private IdentityRouteProbes() {}

  /** Adds the probes, keyed by "METHOD path template". */
  static void add(Map<String, Consumer<Http>> p, Http anon) {
    p.put(
        "GET /login",
        h -> {
          Http.Reply r = anon.get("/login?return=//evil.example/");
          assertThat(r.status()).isEqualTo(303);
          assertThat(r.header("Location")).contains("/realms/yangguang/", "code_challenge=");
        });
    p.put(
        "GET /register",
        h -> assertThat(anon.get("/register").header("Location")).contains("registrations"));
    p.put(
        "GET /auth/callback",
        h -> assertThat(anon.get("/auth/callback?state=forged&code=x").status()).isEqualTo(403));
    p.put("POST /logout", h -> assertThat(anon.post("/logout", null, "").status()).isEqualTo(303));
    p.put("GET /api/v1/me", h -> assertThat(anon.get("/api/v1/me").status()).isEqualTo(401));
    p.put(
        "GET /api/v1/provinces/{code}/tenants",
        h -> {
          assertThat(anon.get("/api/v1/provinces/420000/tenants").status()).isEqualTo(401);
          assertThat(IdentityIT.slugs(h.as("henan.admin").get("/api/v1/provinces/410000/tenants")))
              .doesNotContain(CrossTenantProbeIT.b.slug(), "jianshi");
        });
    p.put(
        "GET /api/v1/prefectures/{code}/tenants",
        h ->
            assertThat(h.as("zhoukou.admin").get("/api/v1/prefectures/422800/tenants").status())
                .isEqualTo(403));
    p.put(
        "GET /t/{tenant}/api/v1/staff/me",
        h -> {
          assertThat(h.as("shenqiu.clerk").get("/t/jianshi/api/v1/staff/me").status())
              .isEqualTo(403);
          assertThat(
                  h.as("shenqiu.clerk")
                      .get(CrossTenantProbeIT.base(CrossTenantProbeIT.b) + "/api/v1/staff/me")
                      .status())
              .isEqualTo(403);
        });
    p.put(
        "GET /t/{tenant}/api/v1/staff",
        h ->
            assertThat(h.as("shenqiu.admin").get("/t/kaizhou/api/v1/staff").status())
                .isEqualTo(403));
    p.put(
        "GET /t/{tenant}/api/v1/staff/roles",
        h ->
            assertThat(h.as("shenqiu.admin").get("/t/kaizhou/api/v1/staff/roles").status())
                .isEqualTo(403));
    p.put(
        "POST /t/{tenant}/api/v1/staff",
        h ->
            assertThat(
                    h.as("shenqiu.admin")
                        .postJson("/t/kaizhou/api/v1/staff", "{\"username\":\"x\"}")
                        .status())
                .isEqualTo(403));
    p.put(
        "PUT /t/{tenant}/api/v1/staff/{id}",
        h ->
            assertThat(
                    h.as("shenqiu.admin")
                        .put(
                            "/t/shenqiu/api/v1/staff/" + kaizhouStaffId(h),
                            "application/json",
                            "{\"displayName\":\"x\",\"roles\":[\"clerk\"]}")
                        .status())
                .isEqualTo(404));
    p.put(
        "POST /t/{tenant}/api/v1/staff/{id}/deactivate",
        h ->
            assertThat(
                    h.as("shenqiu.admin")
                        .post(
                            "/t/shenqiu/api/v1/staff/" + kaizhouStaffId(h) + "/deactivate",
                            null,
                            "")
                        .status())
                .isEqualTo(404));
    p.put(
        "POST /t/{tenant}/api/v1/staff/{id}/reactivate",
        h ->
            assertThat(
                    h.as("shenqiu.admin")
                        .post(
                            "/t/shenqiu/api/v1/staff/" + kaizhouStaffId(h) + "/reactivate",
                            null,
                            "")
                        .status())
                .isEqualTo(404));
  }

  /** The id of kaizhou's demo clerk, as kaizhou's admin lists it. */
  static String kaizhouStaffId(Http h) {
    return h.as("kaizhou.admin").get("/t/kaizhou/api/v1/staff").array().stream()
        .map(JsonObject.class::cast)
        .filter(o -> o.getString("username").equals("kaizhou.clerk"))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }
}
