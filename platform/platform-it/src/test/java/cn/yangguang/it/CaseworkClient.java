package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;

/**
 * A typed client of the casework API for tests: applications with their materials uploaded, staff
 * actions, inboxes and the public lookup, each returning the JSON answer.
 */
final class CaseworkClient {

  /** A case as submitted: its id, number and query code. */
  record Submitted(String id, String number, String queryCode) {}

  /** A resident ID number with a valid check character (synthetic). */
  static final String ID_NUMBER = "422822199003070024";

  private final String county;

  CaseworkClient(String county) {
    this.county = county;
  }

  String base() {
    return "/t/" + county + "/api/v1";
  }

  /** The item's required materials, each uploaded by {@code user} as a small PDF. */
  JsonArrayBuilder materials(Http user, String itemKey) {
    JsonObject item = TestStack.http().get(base() + "/items/" + itemKey).json();
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (JsonObject m :
        item.getJsonObject("fields").getJsonArray("materials").getValuesAs(JsonObject.class)) {
      if ("REQUIRED".equals(m.getString("necessity"))) {
        out.add(
            Json.createObjectBuilder()
                .add("name", m.getString("name"))
                .add("fileId", upload(user)));
      }
    }
    return out;
  }

  /** Uploads a PDF as {@code user}; returns the file id. */
  String upload(Http user) {
    Http.Reply r =
        user.post(base() + "/cases/uploads?name=m.pdf", "application/pdf", FileStorageIT.PDF);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().getString("id");
  }

  /** An application body. */
  String application(String itemKey, JsonArrayBuilder materials, String key) {
    return Json.createObjectBuilder()
        .add("itemKey", itemKey)
        .add("idempotencyKey", key)
        .add(
            "applicant",
            Json.createObjectBuilder()
                .add("kind", "PERSON")
                .add("name", "张三丰")
                .add("idNumber", ID_NUMBER)
                .add("phone", "13800001234"))
        .add("materials", materials)
        .build()
        .toString();
  }

  /** Applies as {@code user} with every required material; asserts 201. */
  Submitted apply(Http user, String itemKey) {
    Http.Reply r =
        user.postJson(
            base() + "/cases",
            application(itemKey, materials(user, itemKey), "k-" + UUID.randomUUID()));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    JsonObject j = r.json();
    return new Submitted(j.getString("id"), j.getString("number"), j.getString("queryCode"));
  }

  JsonObject detail(Http staff, String caseId) {
    Http.Reply r = staff.get(base() + "/cases/" + caseId);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  Http.Reply action(Http staff, String caseId, String action, String json) {
    return staff.postJson(base() + "/cases/" + caseId + "/" + action, json == null ? "{}" : json);
  }

  /** The open inbox line of the case in {@code staff}'s inbox, if any. */
  JsonObject line(Http staff, String caseNumber) {
    List<JsonObject> lines =
        staff
            .get(base() + "/work-items?limit=200")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    return lines.stream()
        .filter(l -> caseNumber.equals(l.getString("caseNumber")))
        .findFirst()
        .orElse(null);
  }

  /** Completes the case's step in {@code staff}'s inbox; asserts 200. */
  JsonObject complete(Http staff, String caseNumber, boolean approve, String comment) {
    JsonObject line = line(staff, caseNumber);
    assertThat(line).as("inbox line of " + caseNumber).isNotNull();
    Http.Reply r =
        staff.postJson(
            base() + "/work-items/" + line.getString("id") + "/complete",
            Json.createObjectBuilder()
                .add("approve", approve)
                .add("comment", comment)
                .build()
                .toString());
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  Http.Reply lookup(String number, String code) {
    return TestStack.http().get(base() + "/lookup?number=" + number + "&code=" + code);
  }
}
