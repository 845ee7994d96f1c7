package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;

/** Requests for government information through the API, for the tests. */
final class DisclosureRequestClient {

  static final String BASE = "/t/jianshi/api/v1/disclosure-requests";
  static final String AGENCY = "jsx-mzj";
  static final String OFFICER = "jianshi.mzdiscloser";
  static final String PERSON_ID = "422822198503150018";

  private DisclosureRequestClient() {}

  /** A request body. */
  static String body(String agency, String channel, String dates, String type, String id) {
    return "{\"agencyCode\":\""
        + agency
        + "\",\"channel\":\""
        + channel
        + "\""
        + (dates == null ? "" : "," + dates)
        + ",\"applicant\":{\"type\":\""
        + type
        + "\",\"name\":\"测试申请人\",\"idNumber\":\""
        + id
        + "\",\"phone\":\"13900000009\",\"address\":\"业州镇\"},"
        + "\"description\":\"申请公开2026年临时救助资金发放情况\",\"delivery\":\"ELECTRONIC\"}";
  }

  /** An in-person request of a natural person entered by the 民政局 officer; its JSON. */
  static JsonObject enter(Http http) {
    return enter(http, OFFICER, AGENCY);
  }

  static JsonObject enter(Http http, String officer, String agency) {
    Http.Reply r =
        http.as(officer)
            .postJson(BASE, body(agency, "IN_PERSON", null, "NATURAL_PERSON", PERSON_ID));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json();
  }

  /** Takes a step and expects it to succeed; the request after it. */
  static JsonObject act(Http http, String id, String action, String json) {
    Http.Reply r = tryAct(http, id, action, json);
    assertThat(r.status()).as(action + ": " + r).isEqualTo(200);
    return r.json();
  }

  static Http.Reply tryAct(Http http, String id, String action, String json) {
    return http.as(OFFICER).postJson(BASE + "/" + id + "/" + action, json == null ? "{}" : json);
  }

  static JsonObject get(Http http, String id) {
    return http.as(OFFICER).get(BASE + "/" + id).json();
  }

  /** A report as the 民政局 officer sees it. */
  static JsonObject report(Http http, String agency, int year) {
    Http.Reply r =
        http.as(OFFICER).get("/t/jianshi/api/v1/disclosure-reports/" + agency + "/" + year);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json();
  }

  /** The count of a row of Table 3 in a column. */
  static int cell(JsonObject report, String row, String column) {
    return report.getJsonObject("table3").getJsonObject(row).getInt(column);
  }

  /** The county's {@code n}-th working day after {@code from}, by the calendar API. */
  static LocalDate workingDaysAfter(Http http, LocalDate from, int n) {
    Http.Reply r =
        http.get(
            "/t/jianshi/api/v1/calendar/deadline?from="
                + from
                + "&amount="
                + n
                + "&unit=WORKING_DAYS");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return LocalDate.parse(r.json().getString("deadline"));
  }

  /** Whether a day is a working day of the county. */
  static boolean workingDay(Http http, LocalDate day) {
    return workingDaysAfter(http, day.minusDays(1), 1).equals(day);
  }
}
