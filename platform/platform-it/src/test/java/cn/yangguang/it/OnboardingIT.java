package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.it.Manifests.TestTenant;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The operator onboarding API: the same document as a manifest file, all or nothing. */
@ExtendWith(TestStack.class)
@Order(40)
class OnboardingIT {

  @Test
  void anInvalidManifestListsEveryProblemWithItsPathAndAppliesNothing() {
    TestTenant t = Manifests.fresh("bad");
    String broken =
        t.manifest("坏县")
            .replace("code: civil\n", "code: Civil Bureau\n")
            .replace("kind: TOWN", "kind: CITY")
            .replace("village: village-a,", "village: no-such-village,")
            .replace("timeZone: Asia/Shanghai", "timeZone: Asia/Shanghai\ncolour: red");
    Http.Reply r =
        TestStack.http().asOperator().post("/api/v1/platform/tenants", "application/yaml", broken);
    assertThat(r.status()).isEqualTo(422);
    List<String> fields =
        r.json().getJsonArray("errors").stream()
            .map(v -> ((JsonObject) v).getString("field"))
            .toList();
    assertThat(fields)
        .contains("departments[0].code", "townships[0].kind", "servicePoints[1].village", "colour");
    assertThat(TestStack.http().get("/t/" + t.slug() + "/").status()).isEqualTo(404);
  }

  @Test
  void notYamlAtAllIsA422Too() {
    Http.Reply r =
        TestStack.http()
            .asOperator()
            .post("/api/v1/platform/tenants", "application/yaml", "slug: [unclosed");
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().getString("title")).isEqualTo("Invalid tenant manifest");
  }

  @Test
  void onboardUpdateAndReapply() {
    TestTenant t = Manifests.fresh("onb");
    Http op = TestStack.http().asOperator();
    Http.Reply created = op.post("/api/v1/platform/tenants", "application/yaml", t.manifest("新县"));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().getString("outcome")).isEqualTo("CREATED");
    assertThat(TestStack.http().get("/t/" + t.slug() + "/").body()).contains("新县", "甲镇");

    Http.Reply same =
        op.put("/api/v1/platform/tenants/" + t.slug(), "application/yaml", t.manifest("新县"));
    assertThat(same.json().getString("outcome")).isEqualTo("UNCHANGED");

    String renamed =
        t.manifest("新县")
            .replace("name: 甲镇", "name: 甲镇（新）")
            .replace(
                "\nservicePoints:",
                "\n  - code: town-b\n    name: 乙乡\n    kind: TOWNSHIP\nservicePoints:");
    Http.Reply updated =
        op.put("/api/v1/platform/tenants/" + t.slug(), "application/yaml", renamed);
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(updated.json().getString("outcome")).isEqualTo("UPDATED");
    assertThat(
            TestStack.http()
                .get("/t/" + t.slug() + "/api/v1/structure")
                .json()
                .getJsonArray("townships"))
        .hasSize(2);
  }

  @Test
  void aSlugBelongsToOneTenantForever() {
    TestTenant t = Manifests.fresh("slug").onboard("甲");
    TestTenant thief = new TestTenant(java.util.UUID.randomUUID(), t.slug(), "420000");
    Http.Reply r =
        TestStack.http()
            .asOperator()
            .post("/api/v1/platform/tenants", "application/yaml", thief.manifest("乙"));
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("slug");
    Http.Reply wrongAddress =
        TestStack.http()
            .asOperator()
            .put("/api/v1/platform/tenants/jianshi", "application/yaml", t.manifest("甲"));
    assertThat(wrongAddress.status()).isEqualTo(409);
  }

  @Test
  void onboardingNeedsTheOperator() {
    TestTenant t = Manifests.fresh("anon");
    assertThat(
            TestStack.http()
                .post("/api/v1/platform/tenants", "application/yaml", t.manifest("匿"))
                .status())
        .isEqualTo(401);
    assertThat(
            TestStack.http()
                .header("Authorization", "Bearer wrong-token-wrong-token")
                .post("/api/v1/platform/tenants", "application/yaml", t.manifest("匿"))
                .status())
        .isEqualTo(401);
    assertThat(TestStack.http().get("/t/" + t.slug() + "/").status()).isEqualTo(404);
  }

  @Test
  void theOperatorListsCounties() {
    Http.Reply r = TestStack.http().asOperator().get("/api/v1/platform/tenants");
    assertThat(r.array().stream().map(v -> ((JsonObject) v).getString("slug")).toList())
        .contains("jianshi", "kaizhou", "shenqiu", "pingchang");
  }
}
