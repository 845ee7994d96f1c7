package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.it.Manifests.TestTenant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Onboarding creates the county's Keycloak organization and initial admin, idempotently; with
 * Keycloak down it fails clearly having applied nothing, and a retry completes it.
 */
@ExtendWith(TestStack.class)
@Order(47)
class OnboardingIdentityIT {

  private final Http operator = TestStack.http().asOperator();

  @Test
  void onboardingCreatesTheOrganizationAndInitialAdminOnce() throws Exception {
    TestTenant t = Manifests.fresh("org");
    Http.Reply created =
        operator.post("/api/v1/platform/tenants", "application/yaml", t.manifest("组织县"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getJsonObject("details").getString("organization"))
        .isEqualTo(t.slug());
    assertThat(created.json().getJsonObject("details").getString("initialAdmin"))
        .isEqualTo(t.slug() + ".admin");
    assertThat(created.json().getJsonObject("details").getString("initialAdminTemporaryPassword"))
        .hasSizeGreaterThan(12);
    assertThat(RealmAdmin.organizationsWithAlias(t.slug())).hasSize(1);
    assertThat(adminsOf(t)).containsExactly(t.slug() + ".admin");

    Http.Reply again =
        operator.put("/api/v1/platform/tenants/" + t.slug(), "application/yaml", t.manifest("组织县"));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().getString("outcome")).isEqualTo("UNCHANGED");
    assertThat(again.json().getJsonObject("details").containsKey("initialAdminTemporaryPassword"))
        .isFalse();
    assertThat(RealmAdmin.organizationsWithAlias(t.slug())).hasSize(1);
    assertThat(adminsOf(t)).containsExactly(t.slug() + ".admin");
  }

  @Test
  void withKeycloakDownOnboardingFailsClearlyAndARetryCompletesIt() throws Exception {
    TestTenant t = Manifests.fresh("kcdown");
    TestStack.get().keycloak().stop();
    try {
      Http.Reply down =
          operator.post("/api/v1/platform/tenants", "application/yaml", t.manifest("断线县"));
      assertThat(down.status()).as(down.toString()).isEqualTo(503);
      assertThat(down.json().getString("title")).isEqualTo("Identity provider unavailable");
      assertThat(down.json().getString("detail")).contains("Keycloak", "Nothing was changed");
      assertThat(down.header("Retry-After")).isNotNull();
      assertThat(TestStack.http().get("/t/" + t.slug() + "/").status()).isEqualTo(404);
    } finally {
      TestStack.get().keycloak().start();
    }
    Http.Reply retried =
        operator.post("/api/v1/platform/tenants", "application/yaml", t.manifest("断线县"));
    assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
    assertThat(RealmAdmin.organizationsWithAlias(t.slug())).hasSize(1);
    assertThat(adminsOf(t)).containsExactly(t.slug() + ".admin");
    // tokens keep working after the restart (the platform refetches keys as needed)
    assertThat(
            TestStack.http()
                .bearer(Tokens.fresh("jianshi.clerk"))
                .get("/t/jianshi/api/v1/staff/me")
                .status())
        .isEqualTo(200);
  }

  /** The county's staff holding the admin role, read as the system role (RLS bypassed). */
  private static List<String> adminsOf(TestTenant t) throws Exception {
    try (Connection c = TestStack.get().systemDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT s.username FROM yg.staff s JOIN yg.staff_role r ON r.tenant_id = s.tenant_id"
                    + " AND r.staff_id = s.id WHERE s.tenant_id = ? AND r.role = 'admin' AND s.active")) {
      ps.setObject(1, t.id());
      List<String> names = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      return names;
    }
  }
}
