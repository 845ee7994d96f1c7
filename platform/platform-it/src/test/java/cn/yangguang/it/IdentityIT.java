package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Authentication and authorization against the real Keycloak of the test stack: the access matrix
 * of role x endpoint x county, residents, the two-county staff member, and the refusals.
 */
@ExtendWith(TestStack.class)
@Order(45)
class IdentityIT {

  static final List<String> COUNTIES = List.of("jianshi", "kaizhou", "shenqiu", "pingchang");
  static final List<String> ROLES =
      List.of(
          "clerk",
          "agent",
          "reviewer",
          "approver",
          "deptadmin",
          "discloser",
          "secrecy",
          "supervisor",
          "admin");

  private final Http http = TestStack.http();

  @Test
  void mustShow() {
    Http.Reply mine = http.as("jianshi.clerk").get("/t/jianshi/api/v1/staff/me");
    assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
    JsonObject staff = mine.json().getJsonObject("staff");
    assertThat(staff.getString("username")).isEqualTo("jianshi.clerk");
    assertThat(strings(staff, "roles")).containsExactly("clerk");
    assertThat(staff.getJsonObject("department").getString("code")).isEqualTo("jsx-fgj");
    assertThat(staff.getJsonArray("posts").getJsonObject(0).getString("code"))
        .isEqualTo("jsx-fgj-clerk");

    Http.Reply other = http.as("jianshi.clerk").get("/t/shenqiu/api/v1/staff/me");
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.json().getString("detail")).contains("jianshi.clerk", "shenqiu");

    Http.Reply anonymous = http.get("/t/jianshi/api/v1/staff/me");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.json().getInt("status")).isEqualTo(401);
    assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");

    Http.Reply hubei = http.as("hubei.admin").get("/api/v1/provinces/420000/tenants");
    assertThat(hubei.status()).as(hubei.toString()).isEqualTo(200);
    assertThat(slugs(hubei)).contains("jianshi").doesNotContain("shenqiu", "kaizhou");
    assertThat(http.as("hubei.admin").get("/api/v1/provinces/410000/tenants").status())
        .isEqualTo(403);

    assertThat(RealmAdmin.organizationsWithAlias("jianshi")).hasSize(1);
  }

  @Test
  void everyRoleOfEveryCountyActsAtHomeOnlyAndOnlyAdminsManageStaff() {
    for (String county : COUNTIES) {
      String neighbour = COUNTIES.get((COUNTIES.indexOf(county) + 1) % COUNTIES.size());
      for (String role : ROLES) {
        String user = county + "." + role;
        Http as = http.as(user);
        Http.Reply home = as.get("/t/" + county + "/api/v1/staff/me");
        assertThat(home.status()).as(user + " at home: " + home).isEqualTo(200);
        assertThat(strings(home.json().getJsonObject("staff"), "roles")).containsExactly(role);
        assertThat(as.get("/t/" + neighbour + "/api/v1/staff/me").status())
            .as(user + " in " + neighbour)
            .isEqualTo(403);
        assertThat(as.get("/t/" + county + "/api/v1/staff").status())
            .as(user + " listing staff")
            .isEqualTo(role.equals("admin") ? 200 : 403);
        assertThat(as.get("/t/" + neighbour + "/api/v1/staff").status())
            .as(user + " listing " + neighbour + "'s staff")
            .isEqualTo(403);
        assertThat(as.get("/api/v1/provinces/420000/tenants").status())
            .as(user + " listing a province")
            .isEqualTo(403);
      }
    }
  }

  @Test
  void reviewersAndApproversWorkInTwoDepartmentsOfJianshi() {
    assertThat(department("jianshi.reviewer")).isEqualTo("jsx-fgj");
    assertThat(department("jianshi.reviewer2")).isEqualTo("jsx-mzj");
    assertThat(department("jianshi.approver")).isEqualTo("jsx-fgj");
    assertThat(department("jianshi.approver2")).isEqualTo("jsx-mzj");
  }

  @Test
  void provinceAndPrefectureScopes() {
    assertThat(slugs(http.as("henan.admin").get("/api/v1/provinces/410000/tenants")))
        .containsExactly("shenqiu");
    assertThat(slugs(http.as("chongqing.admin").get("/api/v1/provinces/500000/tenants")))
        .containsExactly("kaizhou");
    assertThat(slugs(http.as("sichuan.admin").get("/api/v1/provinces/510000/tenants")))
        .containsExactly("pingchang");
    // a province admin sees the prefectures of her province, not another's
    assertThat(slugs(http.as("hubei.admin").get("/api/v1/prefectures/422800/tenants")))
        .containsExactly("jianshi");
    assertThat(http.as("hubei.admin").get("/api/v1/prefectures/411600/tenants").status())
        .isEqualTo(403);
    // a prefecture admin sees her prefecture only, not the province
    assertThat(slugs(http.as("enshi.admin").get("/api/v1/prefectures/422800/tenants")))
        .containsExactly("jianshi");
    assertThat(http.as("enshi.admin").get("/api/v1/provinces/420000/tenants").status())
        .isEqualTo(403);
    assertThat(slugs(http.as("zhoukou.admin").get("/api/v1/prefectures/411600/tenants")))
        .containsExactly("shenqiu");
    assertThat(slugs(http.as("bazhong.admin").get("/api/v1/prefectures/511900/tenants")))
        .containsExactly("pingchang");
    assertThat(http.as("bazhong.admin").get("/api/v1/prefectures/422800/tenants").status())
        .isEqualTo(403);
    // oversight is not staff standing
    assertThat(http.as("hubei.admin").get("/t/jianshi/api/v1/staff/me").status()).isEqualTo(403);
    // the platform operator sees every province
    assertThat(slugs(http.as("platform.operator").get("/api/v1/provinces/410000/tenants")))
        .containsExactly("shenqiu");
    assertThat(http.as("platform.operator").get("/api/v1/platform/tenants").status())
        .isEqualTo(200);
    assertThat(http.as("hubei.admin").get("/api/v1/platform/tenants").status()).isEqualTo(403);
    assertThat(http.get("/api/v1/provinces/420000/tenants").status()).isEqualTo(401);
  }

  @Test
  void residentsAreSignedInButStaffNowhere() {
    String token = Tokens.of("resident1");
    assertThat(Tokens.claims(token).containsKey("organization")).isFalse();
    Http.Reply me = http.as("resident1").get("/api/v1/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().getBoolean("resident")).isTrue();
    assertThat(me.json().getJsonArray("counties")).isEmpty();
    for (String county : COUNTIES) {
      assertThat(http.as("resident1").get("/t/" + county + "/api/v1/staff/me").status())
          .isEqualTo(403);
    }
    assertThat(http.as("resident2").get("/api/v1/provinces/420000/tenants").status())
        .isEqualTo(403);
    assertThat(http.as("resident2").get("/api/v1/platform/tenants").status()).isEqualTo(403);
    assertThat(http.get("/api/v1/me").status()).isEqualTo(401);
  }

  @Test
  void oneStaffMemberInTwoCounties() {
    Http dual = http.as("dual.staff");
    assertThat(strings(Tokens.claims(Tokens.of("dual.staff")), "organization"))
        .containsExactlyInAnyOrder("jianshi", "kaizhou");
    assertThat(roles(dual.get("/t/jianshi/api/v1/staff/me"))).containsExactly("clerk");
    assertThat(roles(dual.get("/t/kaizhou/api/v1/staff/me"))).containsExactly("reviewer");
    assertThat(dual.get("/t/shenqiu/api/v1/staff/me").status()).isEqualTo(403);
    Http.Reply me = dual.get("/api/v1/me");
    assertThat(
            me.json().getJsonArray("counties").stream()
                .map(v -> ((JsonObject) v).getString("slug")))
        .containsExactly("jianshi", "kaizhou");
  }

  @Test
  void refusedTokensGetA401WithTheReason() {
    String good = Tokens.of("jianshi.clerk");
    String[] parts = good.split("\\.");
    String tampered =
        parts[0]
            + "."
            + java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                        .replace("jianshi.clerk", "jianshi.admin")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
            + "."
            + parts[2];
    Http.Reply forged = http.bearer(tampered).get("/t/jianshi/api/v1/staff/me");
    assertThat(forged.status()).isEqualTo(401);
    assertThat(forged.json().getString("detail")).contains("signature");
    assertThat(forged.header("WWW-Authenticate")).contains("invalid_token");

    Http.Reply garbage = http.bearer("garbage").get("/t/jianshi/api/v1/staff/me");
    assertThat(garbage.status()).isEqualTo(401);
    assertThat(garbage.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("Authorization");
    // a bad token is refused even on a public page: the client must not think it is signed in
    assertThat(http.bearer("garbage").get("/t/jianshi/").status()).isEqualTo(401);
    assertThat(http.header("Authorization", "Basic Zm9vOmJhcg==").get("/api/v1/me").status())
        .isEqualTo(401);
    // the operator's machine token does not make anybody county staff
    assertThat(http.asOperator().get("/t/jianshi/api/v1/staff/me").status()).isEqualTo(403);
  }

  @Test
  void aCountyHostSendsSignInToThePlatformHost() {
    int port = java.net.URI.create(TestStack.get().baseUrl()).getPort();
    Http.Reply r = http.getWithHost("/login?return=/console", "jianshi.localhost:" + port);
    assertThat(r.status()).isEqualTo(303);
    assertThat(r.header("Location"))
        .isEqualTo("http://localhost:" + port + "/login?return=%2Ft%2Fjianshi%2Fconsole");
  }

  private String department(String user) {
    Http.Reply r = http.as(user).get("/t/jianshi/api/v1/staff/me");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().getJsonObject("staff").getJsonObject("department").getString("code");
  }

  static List<String> roles(Http.Reply r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return strings(r.json().getJsonObject("staff"), "roles");
  }

  static List<String> strings(JsonObject o, String key) {
    return o.getJsonArray(key).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  static List<String> slugs(Http.Reply r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().getJsonArray("tenants").stream()
        .map(v -> ((JsonObject) v).getString("slug"))
        .toList();
  }
}
