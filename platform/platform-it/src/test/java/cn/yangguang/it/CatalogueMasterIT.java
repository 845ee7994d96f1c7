package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The province master catalogue: Hubei's demo master reaches 建始 and no county of another province;
 * only operators and Hubei's admins write it, through the audited path; a derived county item keeps
 * the master's base fields (an import changing one is refused in that cell) and follows a master
 * change; the diff shows where the county deviates. Items this test adds have fresh keys, so the
 * demo data other tests read stays as it is.
 */
@ExtendWith(TestStack.class)
@Order(50)
class CatalogueMasterIT {

  private final Http http = TestStack.http();

  /** Master columns: the base fields and the status. */
  static final String MASTER_HEADER = "实施编码,事项名称,事项类型,基本编码,事项层级,设定依据,事项状态";

  /** County columns of an ex-officio item (no application fields), with the master link. */
  static final String COUNTY_HEADER =
      "实施编码,事项名称,事项类型,基本编码,事项层级,实施主体,实施主体性质,权力来源,行使层级,设定依据," + "服务对象,咨询方式,监督投诉方式,主题分类,事项状态,省级目录编码";

  @Test
  void theMasterReachesTheCountiesOfItsProvinceOnly() {
    List<JsonObject> hubei =
        http.get("/t/jianshi/api/v1/master-items").array().getValuesAs(JsonObject.class);
    assertThat(hubei).hasSizeGreaterThanOrEqualTo(88);
    assertThat(hubei).allSatisfy(i -> assertThat(i.getString("key")).startsWith("420000-"));
    assertThat(hubei).allSatisfy(i -> assertThat(i.getString("legalBasis")).contains("《"));
    for (String other : List.of("shenqiu", "kaizhou", "pingchang")) {
      assertThat(http.get("/t/" + other + "/api/v1/master-items").array()).as(other).isEmpty();
    }
  }

  @Test
  void onlyOperatorsAndTheProvincesAdminsReadOrWriteTheMaster() {
    String row = masterRow("420000-IT-" + fresh(), "测试事项", "000000000901", "《测试条例》第一条");
    String file = MASTER_HEADER + "\n" + row + "\n";
    assertThat(http.put("/api/v1/provinces/420000/catalogue", "text/csv", file).status())
        .isEqualTo(401);
    assertThat(
            http.as("jianshi.admin")
                .put("/api/v1/provinces/420000/catalogue", "text/csv", file)
                .status())
        .isEqualTo(403);
    assertThat(
            http.as("henan.admin")
                .put("/api/v1/provinces/420000/catalogue", "text/csv", file)
                .status())
        .isEqualTo(403);
    assertThat(
            http.as("enshi.admin")
                .put("/api/v1/provinces/420000/catalogue", "text/csv", file)
                .status())
        .as("a prefecture admin does not write the province's master")
        .isEqualTo(403);
    assertThat(http.as("henan.admin").get("/api/v1/provinces/420000/catalogue").status())
        .isEqualTo(403);
    assertThat(http.as("hubei.admin").get("/api/v1/provinces/420000/catalogue").array())
        .hasSizeGreaterThanOrEqualTo(88);
    assertThat(http.as("henan.admin").get("/api/v1/provinces/410000/catalogue").array()).isEmpty();
  }

  @Test
  void aBadMasterFileChangesNothingAndNamesTheRowAndColumn() {
    String key = "420000-IT-" + fresh();
    String file =
        MASTER_HEADER
            + "\n"
            + masterRow(key, "测试事项", "000000000902", "《测试条例》第二条")
            + "\n"
            + masterRow("420000-IT-" + fresh(), "无依据事项", "000000000903", "")
            + "\n";
    Http.Reply r =
        http.as("hubei.admin").put("/api/v1/provinces/420000/catalogue", "text/csv", file);
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    assertThat(r.json().getJsonArray("problems").getValuesAs(JsonObject.class))
        .anySatisfy(
            p -> {
              assertThat(p.getInt("row")).isEqualTo(3);
              assertThat(p.getString("column")).isEqualTo("设定依据");
              assertThat(p.getString("code")).isEqualTo("required");
              assertThat(p.getString("message")).isEqualTo("必填");
            });
    // the same report in English when asked for
    Http.Reply en =
        http.as("hubei.admin").put("/api/v1/provinces/420000/catalogue?lang=en", "text/csv", file);
    assertThat(en.json().getJsonArray("problems").getValuesAs(JsonObject.class))
        .anySatisfy(p -> assertThat(p.getString("message")).isEqualTo("required"));
    assertThat(keys(http.get("/t/jianshi/api/v1/master-items"))).doesNotContain(key);
  }

  @Test
  void baseFieldsAreLockedToTheMasterAndFollowItsChanges() throws SQLException {
    String n = fresh();
    String masterKey = "420000-IT-" + n;
    String countyKey = "422822-IT-" + n;
    Http hubei = http.as("hubei.admin");
    Http admin = http.as("jianshi.admin");
    Http.Reply created =
        hubei.put(
            "/api/v1/provinces/420000/catalogue?name=it.csv",
            "text/csv",
            MASTER_HEADER
                + "\n"
                + masterRow(masterKey, "对测试行为的检查", "000000000904", "《测试条例》第三条")
                + "\n");
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    assertThat(created.json().getInt("created")).isEqualTo(1);
    assertThat(operatorAudit("master catalogue of province 420000 from it.csv"))
        .isEqualTo("hubei.admin catalogue.master.import");

    // a derived row that renames the item is refused in that cell; nothing is stored
    Http.Reply renamed =
        admin.post(
            "/t/jianshi/api/v1/items/import?name=derived.csv",
            "text/csv",
            COUNTY_HEADER + "\n" + countyRow(countyKey, "建始自拟名称", "《测试条例》第三条", masterKey) + "\n");
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(422);
    assertThat(renamed.json().getJsonArray("problems").getValuesAs(JsonObject.class))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.getInt("row")).isEqualTo(2);
              assertThat(p.getString("column")).isEqualTo("事项名称");
              assertThat(p.getString("reason")).contains("locked", masterKey, "对测试行为的检查");
              assertThat(p.getString("message"))
                  .isEqualTo("以省级目录事项 " + masterKey + " 为准，应为“对测试行为的检查”");
            });
    assertThat(http.get("/t/jianshi/api/v1/items/" + countyKey).status()).isEqualTo(404);

    // a derived row with the master's base fields is stored, linked
    Http.Reply adopted =
        admin.post(
            "/t/jianshi/api/v1/items/import?name=derived.csv",
            "text/csv",
            COUNTY_HEADER + "\n" + countyRow(countyKey, "对测试行为的检查", "《测试条例》第三条", masterKey) + "\n");
    assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
    assertThat(admin.get("/t/jianshi/api/v1/items/export").body())
        .contains(countyKey + ",对测试行为的检查")
        .contains(masterKey);

    // the master changes its name and legal basis: the county item follows, its own fields kept
    Http.Reply changed =
        hubei.put(
            "/api/v1/provinces/420000/catalogue",
            "text/csv",
            MASTER_HEADER
                + "\n"
                + masterRow(masterKey, "对测试行为的监督检查", "000000000904", "《测试条例》第四条")
                + "\n");
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().getInt("changed")).isEqualTo(1);
    assertThat(changed.json().getInt("followed")).isGreaterThanOrEqualTo(1);
    JsonObject item = http.get("/t/jianshi/api/v1/items/" + countyKey).json();
    assertThat(item.getInt("version")).isEqualTo(2);
    assertThat(item.getJsonObject("fields").getString("name")).isEqualTo("对测试行为的监督检查");
    assertThat(item.getJsonObject("fields").getString("legalBasis")).isEqualTo("《测试条例》第四条");
    assertThat(item.getJsonObject("fields").getString("departmentCode")).isEqualTo("jsx-scjgj");
    assertThat(item.getJsonObject("fields").getString("consultation"))
        .isEqualTo("0718-0000000（合成）");

    // the old name is now refused too, the new one accepted unchanged
    assertThat(
            admin
                .post(
                    "/t/jianshi/api/v1/items/import",
                    "text/csv",
                    COUNTY_HEADER + "\n" + countyRow(countyKey, "对测试行为的检查", "《测试条例》第四条", "") + "\n")
                .status())
        .isEqualTo(422);
    Http.Reply same =
        admin.post(
            "/t/jianshi/api/v1/items/import",
            "text/csv",
            COUNTY_HEADER + "\n" + countyRow(countyKey, "对测试行为的监督检查", "《测试条例》第四条", "") + "\n");
    assertThat(same.status()).as(same.body()).isEqualTo(200);
    assertThat(same.json().getInt("changed") + same.json().getInt("created")).isZero();

    JsonObject diff = admin.get("/t/jianshi/api/v1/master-items/diff").json();
    assertThat(diff.getJsonArray("derived").getValuesAs(JsonObject.class))
        .filteredOn(d -> d.getString("key").equals(countyKey))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.getString("masterKey")).isEqualTo(masterKey);
              assertThat(d.getBoolean("follows")).isTrue();
            });
  }

  @Test
  void anOpenDraftFollowsTooAndKeepsTheCountysOwnChange() throws InterruptedException {
    String n = fresh();
    String masterKey = "420000-IT-" + n;
    String countyKey = "422822-IT-" + n;
    Http hubei = http.as("hubei.admin");
    Http admin = http.as("jianshi.admin");
    String master =
        MASTER_HEADER + "\n" + masterRow(masterKey, "对草稿事项的检查", "000000000904", "《测试条例》第五条") + "\n";
    assertThat(hubei.put("/api/v1/provinces/420000/catalogue", "text/csv", master).status())
        .isEqualTo(200);
    String row = countyRow(countyKey, "对草稿事项的检查", "《测试条例》第五条", masterKey);
    Http.Reply adopted =
        admin.post("/t/jianshi/api/v1/items/import", "text/csv", COUNTY_HEADER + "\n" + row + "\n");
    assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
    // the county opens a draft with its own consultation channel
    String draft = row.replace("0718-0000000（合成）", "0718-1111111（合成）").replace("已发布", "草稿");
    Http.Reply drafted =
        admin.post(
            "/t/jianshi/api/v1/items/import", "text/csv", COUNTY_HEADER + "\n" + draft + "\n");
    assertThat(drafted.status()).as(drafted.body()).isEqualTo(200);

    String renamed = "对草稿事项的监督检查" + chinese(n);
    Http.Reply changed =
        hubei.put(
            "/api/v1/provinces/420000/catalogue",
            "text/csv",
            MASTER_HEADER
                + "\n"
                + masterRow(masterKey, renamed, "000000000904", "《测试条例》第五条")
                + "\n");
    assertThat(changed.json().getInt("followed")).isGreaterThanOrEqualTo(1);

    // the public version follows ...
    JsonObject published = http.get("/t/jianshi/api/v1/items/" + countyKey).json();
    assertThat(published.getJsonObject("fields").getString("name")).isEqualTo(renamed);
    assertThat(published.getJsonObject("fields").getString("consultation"))
        .isEqualTo("0718-0000000（合成）");
    // ... and so does the open draft, above it, with the county's change kept
    String export = admin.get("/t/jianshi/api/v1/items/export").body();
    String working =
        export.lines().filter(l -> l.startsWith(countyKey + ",")).findFirst().orElseThrow();
    assertThat(working).contains(renamed, "0718-1111111（合成）", "草稿", masterKey);
    // the search index follows the published version, fed from the outbox: eventually, since the
    // tailer may still be working through a backlog of earlier tests (a 3,696-item import ...)
    String q = java.net.URLEncoder.encode(renamed, java.nio.charset.StandardCharsets.UTF_8);
    boolean found = false;
    for (int i = 0; i < 1200 && !found; i++) {
      found =
          http
              .get("/t/jianshi/api/v1/items?q=" + q)
              .json()
              .getJsonArray("items")
              .getValuesAs(JsonObject.class)
              .stream()
              .anyMatch(item -> item.getString("key").equals(countyKey));
      if (!found) {
        Thread.sleep(100);
      }
    }
    assertThat(found).as("the renamed item is found by its new name").isTrue();
  }

  @Test
  void whenTheMasterRetiresAnItemTheCountyKeepsItsItemAndItsFileStillImports() {
    String n = fresh();
    String masterKey = "420000-IT-" + n;
    String countyKey = "422822-IT-" + n;
    Http hubei = http.as("hubei.admin");
    Http admin = http.as("jianshi.admin");
    String master = masterRow(masterKey, "对退役事项的检查", "000000000904", "《测试条例》第六条");
    assertThat(
            hubei
                .put(
                    "/api/v1/provinces/420000/catalogue",
                    "text/csv",
                    MASTER_HEADER + "\n" + master + "\n")
                .status())
        .isEqualTo(200);
    String row = countyRow(countyKey, "对退役事项的检查", "《测试条例》第六条", masterKey);
    assertThat(
            admin
                .post(
                    "/t/jianshi/api/v1/items/import", "text/csv", COUNTY_HEADER + "\n" + row + "\n")
                .status())
        .isEqualTo(200);
    Http.Reply retired =
        hubei.put(
            "/api/v1/provinces/420000/catalogue",
            "text/csv",
            MASTER_HEADER + "\n" + master.replace("已发布", "已废止") + "\n");
    assertThat(retired.json().getInt("retired")).isEqualTo(1);

    JsonObject diff = admin.get("/t/jianshi/api/v1/master-items/diff").json();
    assertThat(diff.getJsonArray("derived").getValuesAs(JsonObject.class))
        .filteredOn(d -> d.getString("key").equals(countyKey))
        .singleElement()
        .satisfies(d -> assertThat(d.getBoolean("masterRetired")).isTrue());
    assertThat(http.get("/t/jianshi/api/v1/items/" + countyKey).status()).isEqualTo(200);
    // the county's own row, link included, imports unchanged; a new link to it is refused
    Http.Reply again =
        admin.post("/t/jianshi/api/v1/items/import", "text/csv", COUNTY_HEADER + "\n" + row + "\n");
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().getInt("unchanged")).isEqualTo(1);
    String other = countyRow("422822-IT-" + fresh(), "对退役事项的检查", "《测试条例》第六条", masterKey);
    Http.Reply refused =
        admin.post(
            "/t/jianshi/api/v1/items/import", "text/csv", COUNTY_HEADER + "\n" + other + "\n");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().getJsonArray("problems").getJsonObject(0).getString("code"))
        .isEqualTo("unknownMaster");
  }

  @Test
  void theDiffShowsDerivedDeviatingAndNotAdoptedItems() {
    Http.Reply r = http.as("jianshi.admin").get("/t/jianshi/api/v1/master-items/diff");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonObject diff = r.json();
    assertThat(diff.getString("provinceCode")).isEqualTo("420000");
    List<JsonObject> derived = diff.getJsonArray("derived").getValuesAs(JsonObject.class);
    assertThat(derived).hasSizeGreaterThanOrEqualTo(85);
    assertThat(derived)
        .filteredOn(d -> !d.getBoolean("masterRetired"))
        .allSatisfy(d -> assertThat(d.getBoolean("follows")).isTrue());
    // the master suggests the statutory limit as the promise; 建始 promises less on some items
    assertThat(derived)
        .anySatisfy(
            d ->
                assertThat(d.getJsonArray("deviations").getValuesAs(jakarta.json.JsonString.class))
                    .extracting(jakarta.json.JsonString::getString)
                    .contains("承诺办结时限"));
    assertThat(diff.getJsonArray("notAdopted").getValuesAs(JsonObject.class))
        .extracting(m -> m.getString("masterKey"))
        .contains("420000-SJ-9001");
    assertThat(diff.getInt("localItems")).isPositive();

    String page = http.as("jianshi.admin").get("/t/jianshi/console/catalogue/master").body();
    assertThat(page).contains("省级目录对照", "420000-SJ-9001", "承诺办结时限");
    assertThat(http.as("jianshi.clerk").get("/t/jianshi/api/v1/master-items/diff").status())
        .isEqualTo(403);
    assertThat(
            http.as("shenqiu.admin")
                .get("/t/shenqiu/api/v1/master-items/diff")
                .json()
                .getInt("masterItems"))
        .isZero();
  }

  @Test
  void followingTheMasterFromTheConsoleIsIdempotent() {
    Http.Reply r =
        http.as("jianshi.admin").post("/t/jianshi/console/catalogue/master/follow", null, "");
    assertThat(r.status()).as(r.toString()).isEqualTo(303);
    assertThat(r.header("Location")).contains("notice=followed", "count=0");
  }

  @Test
  void theSystemRoleWritesOnlyTheMasterOfTheProvinceItNamed() throws SQLException {
    try (Connection c = TestStack.get().systemDataSource().getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement("SELECT set_config('app.shared_province', '410000', true)")) {
        ps.execute();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE yg.catalogue_item SET name = name WHERE tenant_id IS NULL AND province_code = '420000'")) {
        assertThatThrownBy(ps::executeUpdate).hasMessageContaining("only the master rows");
      }
      c.rollback();
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE yg.catalogue_item SET name = name WHERE tenant_id IS NOT NULL")) {
        assertThatThrownBy(ps::executeUpdate).hasMessageContaining("only the master rows");
      }
      c.rollback();
    }
  }

  static String masterRow(String key, String name, String baseCode, String legalBasis) {
    return String.join(",", key, name, "行政检查", baseCode, "主项", legalBasis, "已发布");
  }

  static String countyRow(String key, String name, String legalBasis, String masterKey) {
    return String.join(
        ",",
        key,
        name,
        "行政检查",
        "000000000904",
        "主项",
        "jsx-scjgj",
        "法定机关",
        "法定本级行使",
        "县级",
        legalBasis,
        "企业法人",
        "0718-0000000（合成）",
        "12345政务服务便民热线",
        "法人",
        "已发布",
        masterKey);
  }

  private static String operatorAudit(String subject) throws SQLException {
    try (Connection c = TestStack.get().appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT actor, action FROM yg.operator_audit WHERE subject = ? ORDER BY id DESC")) {
      ps.setString(1, subject);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) + " " + rs.getString(2) : null;
      }
    }
  }

  private static List<String> keys(Http.Reply r) {
    return r.array().getValuesAs(JsonObject.class).stream().map(i -> i.getString("key")).toList();
  }

  /** The token in characters a search can find as a word of the name. */
  private static String chinese(String token) {
    String digits = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳";
    StringBuilder b = new StringBuilder();
    for (char ch : token.toCharArray()) {
      b.append(digits.charAt(Character.digit(ch, 16)));
    }
    return b.toString();
  }

  private static String fresh() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
  }
}
