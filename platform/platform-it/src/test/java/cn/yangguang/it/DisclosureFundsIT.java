package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Funds to the line item: a table whose figures do not add up is refused with the line and field at
 * fault, and nothing is stored; a valid 三公经费 table is rendered on the document's page and downloads
 * as CSV and XLSX once (and only once) the document is published.
 */
@ExtendWith(TestStack.class)
@Order(52)
class DisclosureFundsIT {

  static final String THREE_PUBLIC =
      """
      {"kind":"THREE_PUBLIC","fiscalYear":2026,"title":"2026年三公经费预算","unit":"TEN_THOUSAND_YUAN",
       "lines":[
        {"code":"total","name":"三公经费合计","amount":12.50},
        {"code":"travel-abroad","parent":"total","name":"因公出国（境）费","amount":0},
        {"code":"vehicles","parent":"total","name":"公务用车购置及运行费","amount":9.30},
        {"code":"vehicle-purchase","parent":"vehicles","name":"公务用车购置费","amount":0},
        {"code":"vehicle-operation","parent":"vehicles","name":"公务用车运行维护费","amount":9.30},
        {"code":"reception","parent":"total","name":"公务接待费","amount":3.20}
       ]}
      """;

  private final Http http = TestStack.http();

  @Test
  void aTableWhoseFiguresDoNotAddUpIsRefusedLineByLineAndNothingIsStored() {
    String id = draftId();
    String wrong =
        THREE_PUBLIC
            .replace("\"amount\":3.20", "\"amount\":3.10")
            .replace("运行维护费\",\"amount\":9.30", "运行维护费\",\"amount\":9.31");
    Http.Reply r = post(id, wrong);
    assertThat(r.status()).as(r.toString()).isEqualTo(422);
    List<JsonObject> errors = r.json().getJsonArray("errors").getValuesAs(JsonObject.class);
    assertThat(errors.stream().map(e -> e.getString("field")))
        .contains("lines[0].amount", "lines[2].amount");
    assertThat(errors.get(0).getString("message")).contains("add up");

    Http.Reply missing =
        post(
            id,
            "{\"kind\":\"THREE_PUBLIC\",\"fiscalYear\":2026,\"title\":\"t\",\"unit\":\"YUAN\","
                + "\"lines\":[{\"code\":\"total\",\"name\":\"合计\",\"amount\":1},"
                + "{\"code\":\"reception\",\"parent\":\"nowhere\",\"name\":\"接待\",\"amount\":-1}]}");
    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.body()).contains("lines[1].parentCode", "lines[1].amount");
    Http.Reply badKind = post(id, "{\"kind\":\"LOTTERY\",\"unit\":\"SHELLS\",\"lines\":[]}");
    assertThat(badKind.status()).isEqualTo(422);
    assertThat(badKind.body()).contains("kind", "unit");

    publish(id);
    Http.Reply page = http.get("/t/jianshi/disclosure/documents/" + id);
    assertThat(page.body()).doesNotContain("三公经费合计");
  }

  @Test
  void aValidTableIsRenderedAndDownloadsOnceTheDocumentIsPublished() {
    String id = draftId();
    Http.Reply added = post(id, THREE_PUBLIC);
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    String table = added.json().getString("id");
    assertThat(http.get("/t/jianshi/api/v1/disclosure/funds/" + table).status()).isEqualTo(404);

    publish(id);
    JsonObject json = http.get("/t/jianshi/api/v1/disclosure/funds/" + table).json();
    assertThat(json.getJsonObject("table").getJsonArray("lines")).hasSize(6);
    Http.Reply csv = http.get("/t/jianshi/api/v1/disclosure/funds/" + table + "?format=csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.body()).contains("公务接待费", "3.20", "单位：万元");
    Http.Reply xlsx = http.get("/t/jianshi/api/v1/disclosure/funds/" + table + "?format=xlsx");
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsx.bytes()[0]).isEqualTo((byte) 'P'); // a zip: PK
    assertThat(http.get("/t/jianshi/api/v1/disclosure/funds/" + table + "?format=pdf").status())
        .isEqualTo(400);
    assertThat(http.get("/t/jianshi/disclosure/documents/" + id).body())
        .contains("三公经费合计", "12.50", "公务用车运行维护费", "format=xlsx");
    assertThat(post(id, THREE_PUBLIC).status()).isEqualTo(409); // published: no more tables
  }

  private String draftId() {
    return DisclosureFixtures.draft(
            http,
            "jianshi",
            "funds",
            DisclosureFixtures.JIANSHI_AGENCY,
            "2026年部门预算公开",
            "部门预算说明。",
            DisclosureFixtures.today(http))
        .getString("id");
  }

  private Http.Reply post(String id, String json) {
    return http.as("jianshi.discloser")
        .postJson("/t/jianshi/api/v1/disclosure/documents/" + id + "/funds", json);
  }

  private void publish(String id) {
    DisclosureFixtures.step(http, "jianshi", "discloser", id, "submit");
    DisclosureFixtures.step(http, "jianshi", "secrecy", id, "approve");
    DisclosureFixtures.step(http, "jianshi", "discloser", id, "publish");
  }
}
