package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A county's own disclosure settings, for its admins only: the index-number rule (refused when it
 * could repeat a number) and its columns over the province template.
 */
@ExtendWith(TestStack.class)
@Order(54)
class DisclosureSettingsIT {

  private final Http http = TestStack.http();

  @Test
  void anAdminSetsTheIndexNumberRuleAndNewDocumentsFollowIt() {
    String path = "/t/kaizhou/api/v1/disclosure/settings/index-rule";
    Http.Reply bad =
        http.as("kaizhou.admin").put(path, "application/json", "{\"indexRule\":\"{year}\"}");
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.body()).contains("indexRule", "{seq:N}");
    assertThat(
            http.as("kaizhou.discloser")
                .put(path, "application/json", "{\"indexRule\":\"{agency}-{year}-{seq:3}\"}")
                .status())
        .isEqualTo(403);
    assertThat(
            http.as("jianshi.admin")
                .put(path, "application/json", "{\"indexRule\":\"{agency}-{year}-{seq:3}\"}")
                .status())
        .isEqualTo(403);
    Http.Reply ok =
        http.as("kaizhou.admin")
            .put(path, "application/json", "{\"indexRule\":\"KZ-{agency}-{year}-{seq:3}\"}");
    assertThat(ok.status()).as(ok.toString()).isEqualTo(200);

    String agency =
        http.get("/t/kaizhou/api/v1/structure")
            .json()
            .getJsonArray("departments")
            .getJsonObject(0)
            .getString("code");
    JsonObject d =
        DisclosureFixtures.draft(
            http,
            "kaizhou",
            "government",
            agency,
            "关于移民后扶项目的公告",
            "移民后扶。",
            DisclosureFixtures.today(http));
    assertThat(d.getString("indexNumber")).matches("KZ-" + agency + "-\\d{4}-\\d{3}");
  }

  @Test
  void anAdminAddsMovesAndHidesColumnsAndBadChangesNameTheirField() {
    String base = "/t/pingchang/api/v1/disclosure/columns/";
    Http admin = http.as("pingchang.admin");
    Http.Reply added =
        admin.put(
            base + "flood-control",
            "application/json",
            "{\"parent\":\"affairs\",\"kind\":\"AFFAIRS\",\"nameZh\":\"防汛抗旱\",\"nameEn\":\"Flood control\",\"sort\":34}");
    assertThat(added.status()).as(added.toString()).isEqualTo(200);
    assertThat(http.get("/t/pingchang/api/v1/disclosure/columns").body())
        .contains("flood-control", "防汛抗旱");
    assertThat(http.get("/t/pingchang/disclosure/columns/flood-control").status()).isEqualTo(200);

    assertThat(
            admin
                .put(
                    base + "party",
                    "application/json",
                    "{\"kind\":\"PARTY\",\"nameZh\":\"党务公开\",\"sort\":10,\"hidden\":true}")
                .status())
        .isEqualTo(200);
    assertThat(http.get("/t/pingchang/api/v1/disclosure/columns").body())
        .doesNotContain("\"party\"");
    assertThat(http.get("/t/jianshi/api/v1/disclosure/columns").body()).contains("\"party\"");

    Http.Reply bad =
        admin.put(
            base + "x",
            "application/json",
            "{\"parent\":\"no-such\",\"kind\":\"MAGIC\",\"nameZh\":\"\"}");
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.body()).contains("kind");
    Http.Reply badParent =
        admin.put(
            base + "x",
            "application/json",
            "{\"parent\":\"no-such\",\"kind\":\"AFFAIRS\",\"nameZh\":\"\"}");
    assertThat(badParent.status()).isEqualTo(422);
    assertThat(badParent.body()).contains("parent", "nameZh");
    assertThat(
            http.as("pingchang.discloser")
                .put(base + "y", "application/json", "{\"kind\":\"AFFAIRS\",\"nameZh\":\"y\"}")
                .status())
        .isEqualTo(403);
  }
}
