package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.it.Manifests.TestTenant;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A county-sized list (3,600+ items, like 慈利's 3,554) imports through the API in one go, and its
 * guide pages show the materials and both time limits. Runs in a county of its own.
 */
@ExtendWith(TestStack.class)
@Order(50)
class CatalogueBulkIT {

  @Test
  void aCountySizedListImportsAndItsGuidePagesRender() throws Exception {
    TestTenant t = Manifests.fresh("bulk");
    assertThat(
            TestStack.http()
                .asOperator()
                .post("/api/v1/platform/tenants", "application/yaml", t.manifest("大县"))
                .status())
        .isEqualTo(201);
    RealmAdmin.setPassword(t.slug() + ".admin", "Bulk-test-2026");
    Http admin = TestStack.http().bearer(Tokens.of(t.slug() + ".admin", "Bulk-test-2026"));

    String source =
        TestStack.http().as("jianshi.admin").get("/t/jianshi/api/v1/items/export").body();
    List<CSVRecord> rows =
        CSVFormat.RFC4180.parse(new StringReader(source.replace("\uFEFF", ""))).getRecords();
    List<String> header = rows.get(0).toList();
    int department = header.indexOf("实施主体");
    int key = header.indexOf("实施编码");
    int parent = header.indexOf("上级实施编码");
    StringWriter out = new StringWriter();
    int items = 0;
    try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180)) {
      p.printRecord(header);
      for (int copy = 0; copy < 28; copy++) {
        for (CSVRecord r : rows.subList(1, rows.size())) {
          List<String> cells = new ArrayList<>(r.toList());
          cells.set(department, "civil");
          cells.set(key, "C" + copy + "-" + cells.get(key));
          if (!cells.get(parent).isEmpty()) {
            cells.set(parent, "C" + copy + "-" + cells.get(parent));
          }
          p.printRecord(cells);
          items++;
        }
      }
    }
    assertThat(items).isGreaterThanOrEqualTo(3600);

    long start = System.nanoTime();
    Http.Reply r =
        admin
            .http11()
            .post(
                "/t/" + t.slug() + "/api/v1/items/import?name=bulk.csv",
                "text/csv",
                out.toString());
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(r.status())
        .as(r.body().substring(0, Math.min(2000, r.body().length())))
        .isEqualTo(200);
    assertThat(r.json().getInt("created")).isEqualTo(items);
    System.out.println("catalogue import of " + items + " items: " + millis + " ms");

    Http.Reply list = TestStack.http().get("/t/" + t.slug() + "/api/v1/items?limit=500");
    assertThat(list.json().getInt("total")).isGreaterThan(3000);

    // a guide page of an item taking applications: materials and both limits
    String withMaterials =
        rows.subList(1, rows.size()).stream()
            .filter(x -> !x.get(header.indexOf("申请材料")).isEmpty())
            .filter(x -> x.get(header.indexOf("事项状态")).equals("已发布"))
            .filter(x -> !x.get(header.indexOf("法定办结时限")).isEmpty())
            .findFirst()
            .orElseThrow()
            .get(key);
    Http.Reply page =
        TestStack.http()
            .header("Accept", "text/html")
            .get("/t/" + t.slug() + "/services/C0-" + withMaterials);
    assertThat(page.status()).isEqualTo(200);
    CSVRecord row =
        rows.stream().filter(x -> x.get(key).equals(withMaterials)).findFirst().orElseThrow();
    String firstMaterial = row.get(header.indexOf("申请材料")).split("\\|")[0];
    assertThat(page.body())
        .contains(firstMaterial)
        .contains(row.get(header.indexOf("法定办结时限")))
        .contains(row.get(header.indexOf("承诺办结时限")))
        .contains("法定", "承诺");
  }
}
