package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.it.Manifests.TestTenant;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tenant resolution end to end: path and host, unknown and suspended counties, languages. */
@ExtendWith(TestStack.class)
@Order(30)
class TenantPortalIT {

  @Test
  void theCountyPageShowsTheCountyAndItsStructure() {
    Http.Reply page = TestStack.http().get("/t/jianshi/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.body())
        .contains("<h1>建始县</h1>", "业州镇", "422822", "恩施土家族苗族自治州", "lang=\"zh-CN\"");
    assertThat(TestStack.http().get("/t/jianshi").status()).isEqualTo(200);
  }

  @Test
  void theHostNameSelectsTheCountyToo() {
    Http.Reply page = TestStack.http().getWithHost("/", "jianshi.localhost");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>建始县</h1>");
    Http.Reply other = TestStack.http().getWithHost("/", "kaizhou.localhost:8080");
    assertThat(other.body()).contains("开州区").doesNotContain("建始县");
    assertThat(TestStack.http().getWithHost("/", "nowhere.localhost").status()).isEqualTo(404);
  }

  @Test
  void aRenamedCountyKeepsItsIdentityAndShowsItsFormerCode() {
    Http.Reply page = TestStack.http().get("/t/kaizhou/");
    assertThat(page.body()).contains("500154", "500229", "开县");
  }

  @Test
  void anUnknownCountyIs404WithAClearMessage() {
    Http.Reply api = TestStack.http().get("/t/nowhere/");
    assertThat(api.status()).isEqualTo(404);
    assertThat(api.contentType()).startsWith("application/problem+json");
    assertThat(api.json().getString("detail")).contains("nowhere");
    Http.Reply page = TestStack.http().header("Accept", "text/html").get("/t/nowhere/");
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.body()).contains("尚未接入").doesNotContain("Exception");
  }

  @Test
  void englishIsAvailable() {
    Http.Reply page = TestStack.http().get("/t/jianshi/?lang=en");
    assertThat(page.body()).contains("lang=\"en\"", "Jianshi County", "Townships");
    Http.Reply byHeader =
        TestStack.http().header("Accept-Language", "en-US,en;q=0.9").get("/t/pingchang/");
    assertThat(byHeader.body()).contains("Pingchang");
  }

  @Test
  void thePlatformHomeListsTheDemoCounties() {
    Http.Reply home = TestStack.http().get("/");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.body()).contains("建始县", "开州区", "沈丘县", "平昌县", "href=\"/t/jianshi/\"");
  }

  @Test
  void aSuspendedCountyAnswers403UntilResumed() {
    TestTenant t = Manifests.fresh("suspend").onboard("停县");
    Http op = TestStack.http().asOperator();
    assertThat(
            op.post("/api/v1/platform/tenants/" + t.slug() + "/suspend", null, (String) null)
                .json()
                .getString("status"))
        .isEqualTo("SUSPENDED");
    assertThat(TestStack.http().get("/t/" + t.slug() + "/").status()).isEqualTo(403);
    assertThat(TestStack.http().get("/t/" + t.slug() + "/api/v1/structure").status())
        .isEqualTo(403);
    op.post("/api/v1/platform/tenants/" + t.slug() + "/resume", null, (String) null);
    assertThat(TestStack.http().get("/t/" + t.slug() + "/").status()).isEqualTo(200);
  }

  @Test
  void platformEndpointsAnswer() {
    assertThat(TestStack.http().get("/health/ready").status()).isEqualTo(200);
    assertThat(TestStack.http().get("/health/live").status()).isEqualTo(200);
    assertThat(TestStack.http().get("/metrics").body()).contains("# TYPE");
    assertThat(TestStack.http().header("Accept", "application/json").get("/openapi").body())
        .contains("/t/{tenant}/api/v1/structure");
    assertThat(TestStack.http().get("/swagger-ui").body()).contains("swagger-ui-bundle.js");
    assertThat(TestStack.http().get("/api/v1/ping").body()).isEqualTo("pong");
  }
}
