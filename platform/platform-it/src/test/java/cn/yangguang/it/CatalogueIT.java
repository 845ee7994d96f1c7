package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service item catalogue: the demo counties' lists, Chinese search with synonyms, export that
 * re-imports unchanged, and an import with a bad row that changes nothing and names the row.
 */
@ExtendWith(TestStack.class)
@Order(49)
class CatalogueIT {

  private final Http http = TestStack.http();

  @Test
  void searchFindsNamesAndAbbreviations() {
    List<JsonObject> licence = items("/t/jianshi/api/v1/items?q=" + enc("营业执照"));
    // items named with it come first; items that merely issue one (市场主体登记 ...) follow
    List<String> names = licence.stream().map(i -> i.getString("name")).toList();
    assertThat(names).contains("营业执照补领、换发");
    long named = names.stream().filter(n -> n.contains("营业执照")).count();
    assertThat(named).isGreaterThanOrEqualTo(1);
    assertThat(names.subList(0, (int) named)).allSatisfy(n -> assertThat(n).contains("营业执照"));
    assertThat(licence.get(0).getString("highlightedName")).contains("<mark>");

    List<JsonObject> dibao = items("/t/jianshi/api/v1/items?q=" + enc("低保"));
    assertThat(dibao.stream().map(i -> i.getString("name")))
        .anySatisfy(n -> assertThat(n).contains("最低生活保障"));
    assertThat(
            items("/t/jianshi/api/v1/items?q=" + enc("个体户")).stream().map(i -> i.getString("name")))
        .anySatisfy(n -> assertThat(n).contains("个体工商户"));
    assertThat(
            items("/t/jianshi/api/v1/items?q=" + enc("施工许可")).stream()
                .map(i -> i.getString("name")))
        .anySatisfy(n -> assertThat(n).contains("施工许可证"));
    assertThat(items("/t/jianshi/api/v1/items?q=" + enc("量子纠缠飞船"))).isEmpty();
  }

  @Test
  void everyDemoCountyPublishesAtLeastSixtyItemsWithCodeAndLegalBasis() {
    for (String county : IdentityIT.COUNTIES) {
      List<JsonObject> all = items("/t/" + county + "/api/v1/items?limit=500");
      assertThat(all).as(county).hasSizeGreaterThanOrEqualTo(60);
      for (JsonObject summary : all) {
        JsonObject fields =
            http.get("/t/" + county + "/api/v1/items/" + summary.getString("key"))
                .json()
                .getJsonObject("fields");
        assertThat(fields.getString("baseCode")).as(county + " " + summary).isNotBlank();
        assertThat(fields.getString("legalBasis")).as(county + " " + summary).contains("《", "第");
      }
    }
  }

  @Test
  void eachCountysExportReimportsWithoutAProblem() {
    for (String county : IdentityIT.COUNTIES) {
      Http admin = http.as(county + ".admin");
      Http.Reply export = admin.get("/t/" + county + "/api/v1/items/export");
      assertThat(export.status()).as(export.toString()).isEqualTo(200);
      Http.Reply again =
          admin.post(
              "/t/" + county + "/api/v1/items/import?name=export.csv", "text/csv", export.bytes());
      assertThat(again.status()).as(county + ": " + again.body()).isEqualTo(200);
      assertThat(again.json().getJsonArray("problems")).isEmpty();
      assertThat(again.json().getInt("created") + again.json().getInt("changed")).isZero();
    }
  }

  @Test
  void aFileWithABadRowChangesNothingAndNamesTheRowAndColumn() {
    Http admin = http.as("kaizhou.admin");
    String csv = admin.get("/t/kaizhou/api/v1/items/export").body().replace("\uFEFF", "");
    List<String> lines = csv.lines().toList();
    String header = lines.get(0);
    String good = lines.get(1);
    String firstKey = good.substring(0, good.indexOf(','));
    // a new, valid item (a copy of row 2 under a new key) and, on row 4, an unknown item type
    String copy = good.replaceFirst(java.util.regex.Pattern.quote(firstKey), "IT-NEW-0001");
    // the third column is 事项类型; keys and these names hold no commas or quotes
    String[] cells = lines.get(2).split(",", 4);
    assertThat(cells[1]).doesNotStartWith("\"");
    String bad = String.join(",", cells[0], cells[1], "行政魔法", cells[3]);
    String file = String.join("\n", header, good, copy, bad) + "\n";
    int before = items("/t/kaizhou/api/v1/items?limit=500").size();

    Http.Reply r = admin.post("/t/kaizhou/api/v1/items/import?name=bad.csv", "text/csv", file);
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    assertThat(r.json().getBoolean("applied")).isFalse();
    assertThat(r.json().getJsonArray("problems").getValuesAs(JsonObject.class))
        .anySatisfy(
            p -> {
              assertThat(p.getInt("row")).isEqualTo(4);
              assertThat(p.getString("column")).isEqualTo("事项类型");
              assertThat(p.getString("reason")).contains("行政魔法");
            });
    assertThat(items("/t/kaizhou/api/v1/items?limit=500")).hasSize(before);
    assertThat(http.get("/t/kaizhou/api/v1/items/IT-NEW-0001").status()).isEqualTo(404);
  }

  @Test
  void importAndExportAreForCatalogueAdminsOnly() {
    assertThat(http.get("/t/jianshi/api/v1/items/export").status()).isEqualTo(401);
    assertThat(http.as("jianshi.clerk").get("/t/jianshi/api/v1/items/export").status())
        .isEqualTo(403);
    assertThat(http.as("shenqiu.admin").get("/t/jianshi/api/v1/items/export").status())
        .isEqualTo(403);
    assertThat(
            http.as("jianshi.clerk")
                .post("/t/jianshi/api/v1/items/import", "text/csv", "实施编码\n")
                .status())
        .isEqualTo(403);
  }

  private List<JsonObject> items(String path) {
    Http.Reply r = http.get(path);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
