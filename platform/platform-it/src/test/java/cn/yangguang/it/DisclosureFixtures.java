package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Documents written and moved through their lifecycle by the demo counties' real staff. */
final class DisclosureFixtures {

  /** A department of jianshi (发改局) and one of shenqiu, from the demo manifests. */
  static final String JIANSHI_AGENCY = "jsx-fgj";

  private DisclosureFixtures() {}

  /** A draft by {@code <county>.discloser}; returns its JSON. */
  static JsonObject draft(
      Http http,
      String county,
      String column,
      String agency,
      String title,
      String body,
      LocalDate formed) {
    String json =
        Json.createObjectBuilder()
            .add("column", column)
            .add("agency", agency)
            .add("title", title)
            .add("body", body)
            .add("kind", "NORMATIVE")
            .add("documentNumber", "建政办发〔2026〕1号")
            .add("issuingAgency", "县人民政府办公室")
            .add("subject", "GENERAL")
            .add("formedOn", formed.toString())
            .build()
            .toString();
    Http.Reply r =
        http.as(county + ".discloser")
            .postJson("/t/" + county + "/api/v1/disclosure/documents", json);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json();
  }

  /** Takes a step as a demo account; asserts 200. */
  static JsonObject step(Http http, String county, String account, String id, String step) {
    Http.Reply r =
        http.as(county + "." + account)
            .postJson("/t/" + county + "/api/v1/disclosure/documents/" + id + "/" + step, "{}");
    assertThat(r.status()).as(step + ": " + r).isEqualTo(200);
    return r.json();
  }

  /** Writes, clears and publishes a document; returns its id. */
  static String published(Http http, String county, String agency, String title, String body) {
    String id = draft(http, county, "government", agency, title, body, today(http)).getString("id");
    step(http, county, "discloser", id, "submit");
    step(http, county, "secrecy", id, "approve");
    step(http, county, "discloser", id, "publish");
    return id;
  }

  /** Today on the platform clock, in the counties' zone. */
  static LocalDate today(Http http) {
    Instant now =
        Instant.parse(http.asOperator().get("/api/v1/platform/clock").json().getString("now"));
    return LocalDate.ofInstant(now, ZoneId.of("Asia/Shanghai"));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
