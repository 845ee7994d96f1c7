package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A county admin manages staff through the API; changes take effect on the member's next request
 * with the token she already holds. Uses pingchang's demo accounts and puts them back.
 */
@ExtendWith(TestStack.class)
@Order(46)
class StaffAdminIT {

  private final Http admin = TestStack.http().as("pingchang.admin");

  @Test
  void aRevokedRoleIsRefusedOnTheNextRequestWithTheSameToken() {
    Http supervisor = TestStack.http().bearer(Tokens.fresh("pingchang.supervisor"));
    assertThat(supervisor.get("/t/pingchang/api/v1/staff/me").status()).isEqualTo(200);
    String id = idOf("pingchang.supervisor");
    try {
      assertThat(assign(id, "[]").status()).isEqualTo(200);
      Http.Reply revoked = supervisor.get("/t/pingchang/api/v1/staff/me");
      assertThat(revoked.status()).isEqualTo(403);
      assertThat(revoked.json().getString("detail")).contains("no active role");

      assertThat(assign(id, "[\"supervisor\"]").status()).isEqualTo(200);
      assertThat(supervisor.get("/t/pingchang/api/v1/staff/me").status()).isEqualTo(200);

      assertThat(admin.post("/t/pingchang/api/v1/staff/" + id + "/deactivate", null, "").status())
          .isEqualTo(200);
      assertThat(supervisor.get("/t/pingchang/api/v1/staff/me").status()).isEqualTo(403);
    } finally {
      admin.post("/t/pingchang/api/v1/staff/" + id + "/reactivate", null, "");
      assign(id, "[\"supervisor\"]");
    }
    assertThat(supervisor.get("/t/pingchang/api/v1/staff/me").status()).isEqualTo(200);
  }

  @Test
  void badInputNamesTheFieldAndChangesNothing() {
    String id = idOf("pingchang.discloser");
    Http.Reply unknownRole =
        admin.put(
            "/t/pingchang/api/v1/staff/" + id,
            "application/json",
            "{\"displayName\":\"x\",\"department\":\"pcx-zfb\",\"roles\":[\"wizard\"]}");
    assertThat(unknownRole.status()).isEqualTo(422);
    assertThat(field(unknownRole)).isEqualTo("roles");
    Http.Reply unknownPost =
        admin.put(
            "/t/pingchang/api/v1/staff/" + id,
            "application/json",
            "{\"displayName\":\"x\",\"roles\":[\"discloser\"],\"posts\":[\"jsx-fgj-clerk\"]}");
    assertThat(unknownPost.status()).isEqualTo(422);
    assertThat(field(unknownPost)).isEqualTo("posts");
    Http.Reply noName =
        admin.put(
            "/t/pingchang/api/v1/staff/" + id, "application/json", "{\"roles\":[\"discloser\"]}");
    assertThat(noName.status()).isEqualTo(400);
    assertThat(
            IdentityIT.roles(
                TestStack.http().as("pingchang.discloser").get("/t/pingchang/api/v1/staff/me")))
        .containsExactly("discloser");

    Http.Reply badUser =
        admin.postJson(
            "/t/pingchang/api/v1/staff",
            "{\"username\":\"Bad Name\",\"displayName\":\"x\",\"roles\":[\"clerk\"]}");
    assertThat(badUser.status()).isEqualTo(422);
    assertThat(field(badUser)).isEqualTo("username");
    Http.Reply already =
        admin.postJson(
            "/t/pingchang/api/v1/staff",
            "{\"username\":\"pingchang.clerk\",\"displayName\":\"x\",\"roles\":[\"clerk\"]}");
    assertThat(already.status()).isEqualTo(409);
    assertThat(
            TestStack.http()
                .as("pingchang.clerk")
                .put("/t/pingchang/api/v1/staff/" + id, "application/json", "{}")
                .status())
        .isEqualTo(403);
  }

  @Test
  void addingStaffCreatesTheKeycloakUserAndMembershipOnce() {
    String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
    Http.Reply added =
        admin.postJson(
            "/t/pingchang/api/v1/staff",
            Json.createObjectBuilder()
                .add("username", username)
                .add("displayName", "测试受理员")
                .add("department", "pcx-fgj")
                .add("roles", Json.createArrayBuilder().add("clerk"))
                .add("posts", Json.createArrayBuilder().add("pcx-fgj-clerk"))
                .build()
                .toString());
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(added.json().getString("temporaryPassword")).hasSizeGreaterThan(12);
    JsonObject staff = added.json().getJsonObject("staff");
    assertThat(staff.getJsonObject("department").getString("code")).isEqualTo("pcx-fgj");
    String userId = staff.getString("userId");
    assertThat(
            RealmAdmin.organizationsOf(userId).stream()
                .map(o -> ((JsonObject) o).getString("alias")))
        .containsExactly("pingchang");

    // the same person joins a second county: her Keycloak user is reused, no new password
    Http.Reply second =
        TestStack.http()
            .as("shenqiu.admin")
            .postJson(
                "/t/shenqiu/api/v1/staff",
                "{\"username\":\""
                    + username
                    + "\",\"displayName\":\"测试审核员\",\"roles\":[\"reviewer\"]}");
    assertThat(second.status()).as(second.toString()).isEqualTo(201);
    assertThat(second.json().containsKey("temporaryPassword")).as("no new password").isFalse();
    assertThat(second.json().getJsonObject("staff").getString("userId")).isEqualTo(userId);
    assertThat(
            RealmAdmin.organizationsOf(userId).stream()
                .map(o -> ((JsonObject) o).getString("alias")))
        .containsExactlyInAnyOrder("pingchang", "shenqiu");
  }

  @Test
  void anAdminCannotLockTheCountyOut() {
    // a county of its own: its only admin is the initial one onboarding created
    Manifests.TestTenant t = Manifests.fresh("lock");
    assertThat(
            TestStack.http()
                .asOperator()
                .post("/api/v1/platform/tenants", "application/yaml", t.manifest("锁县"))
                .status())
        .isEqualTo(201);
    String username = t.slug() + ".admin";
    RealmAdmin.setPassword(username, "Lock-test-2026");
    Http own = TestStack.http().bearer(Tokens.of(username, "Lock-test-2026"));
    String base = "/t/" + t.slug() + "/api/v1/staff";
    String self =
        own.get(base).array().stream()
            .map(JsonObject.class::cast)
            .filter(o -> o.getString("username").equals(username))
            .findFirst()
            .orElseThrow()
            .getString("id");
    Http.Reply demote =
        own.put(
            base + "/" + self,
            "application/json",
            "{\"displayName\":\"管理员\",\"roles\":[\"clerk\"]}");
    assertThat(demote.status()).as(demote.toString()).isEqualTo(409);
    assertThat(field(demote)).isEqualTo("roles");
    assertThat(demote.json().getString("detail")).contains("no active admin");
    Http.Reply deactivate = own.post(base + "/" + self + "/deactivate", null, "");
    assertThat(deactivate.status()).isEqualTo(409);
    assertThat(field(deactivate)).isEqualTo("active");
    assertThat(IdentityIT.roles(own.get(base + "/me"))).containsExactly("admin");
  }

  private String idOf(String username) {
    Http.Reply list = admin.get("/t/pingchang/api/v1/staff");
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.array().stream()
        .map(JsonObject.class::cast)
        .filter(o -> o.getString("username").equals(username))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  private Http.Reply assign(String id, String roles) {
    return admin.put(
        "/t/pingchang/api/v1/staff/" + id,
        "application/json",
        "{\"displayName\":\"效能监察员\",\"department\":\"pcx-zfb\",\"roles\":" + roles + "}");
  }

  private static String field(Http.Reply r) {
    return r.json().getJsonArray("errors").getJsonObject(0).getString("field");
  }
}
