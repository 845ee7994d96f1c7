package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deadlines on a county's calendar through the deadline endpoint: the published schedules, a year
 * not yet confirmed (provisional, named, on the administrators' list), and the same deadline once
 * the year is loaded — first for one province, then nationally.
 */
@ExtendWith(TestStack.class)
@Order(900)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CalendarIT {

  static final String SCHEDULE_2027 =
      """
      {"source": "test schedule for 2027 (synthetic)", "days": [
        {"date": "2027-01-01", "kind": "HOLIDAY", "name": "元旦"},
        {"date": "2027-02-05", "kind": "HOLIDAY", "name": "春节"},
        {"date": "2027-02-06", "kind": "HOLIDAY", "name": "春节"},
        {"date": "2027-02-07", "kind": "HOLIDAY", "name": "春节"},
        {"date": "2027-02-08", "kind": "HOLIDAY", "name": "春节"},
        {"date": "2027-02-09", "kind": "HOLIDAY", "name": "春节"},
        {"date": "2027-02-10", "kind": "HOLIDAY", "name": "春节"},
        {"date": "2027-02-11", "kind": "HOLIDAY", "name": "春节"},
        {"date": "2027-02-20", "kind": "WORKDAY", "name": "调休上班"}
      ]}
      """;

  static JsonObject deadline(String slug, String from, int amount, String unit) {
    Http.Reply r =
        TestStack.http()
            .get(
                "/t/"
                    + slug
                    + "/api/v1/calendar/deadline?from="
                    + from
                    + "&amount="
                    + amount
                    + "&unit="
                    + unit);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json();
  }

  @Test
  @Order(1)
  void twentyWorkingDaysFromNationalDayEveEndOn30October() {
    JsonObject d = deadline("jianshi", "2025-09-26", 20, "WORKING_DAYS");
    assertThat(d.getString("deadline")).isEqualTo("2025-10-30");
    assertThat(d.getBoolean("provisional")).isFalse();
    assertThat(d.getString("due")).isEqualTo("2025-10-30T16:00:00Z"); // the end of 10-30 in Beijing
  }

  @Test
  @Order(2)
  void naturalDaysEndingOnAHolidayMoveToTheNextWorkingDay() {
    // 2025-09-24 + 7 natural days = 10-01 (National Day) -> the next working day, 10-09
    assertThat(deadline("jianshi", "2025-09-24", 7, "NATURAL_DAYS").getString("deadline"))
        .isEqualTo("2025-10-09");
  }

  @Test
  @Order(3)
  void aDeadlineInAnUnconfirmedYearIsProvisionalAndNamesTheYear() {
    JsonObject d = deadline("jianshi", "2026-12-20", 30, "WORKING_DAYS");
    assertThat(d.getBoolean("provisional")).isTrue();
    assertThat(d.getJsonArray("missingYears").getInt(0)).isEqualTo(2027);
    var missing = TestStack.http().asOperator().get("/api/v1/platform/calendars/missing").array();
    assertThat(
            missing.stream()
                .map(
                    v ->
                        ((JsonObject) v).getString("provinceCode")
                            + "/"
                            + ((JsonObject) v).getInt("year")))
        .contains("420000/2027");
  }

  @Test
  @Order(4)
  void loadingTheYearForOneProvinceMakesItsCountiesFinalOnly() {
    JsonObject before = deadline("pingchang", "2027-01-25", 15, "WORKING_DAYS");
    assertThat(before.getBoolean("provisional")).isTrue();
    Http.Reply put =
        TestStack.http()
            .asOperator()
            .put(
                "/api/v1/platform/calendars/2027?province=510000",
                "application/json",
                SCHEDULE_2027);
    assertThat(put.status()).as(put.toString()).isEqualTo(200);
    JsonObject after = deadline("pingchang", "2027-01-25", 15, "WORKING_DAYS");
    assertThat(after.getBoolean("provisional")).isFalse();
    // 15 working days from 2027-01-26 with 2/5-2/11 off and Saturday 2/20 worked: 1/26..2/4 are 8
    // days,
    // 2/12 is the 9th, 2/15-2/19 the 10th-14th, Saturday 2/20 the 15th.
    assertThat(after.getString("deadline")).isEqualTo("2027-02-20");
    assertThat(deadline("jianshi", "2027-01-25", 15, "WORKING_DAYS").getBoolean("provisional"))
        .isTrue();
  }

  @Test
  @Order(5)
  void loadingTheYearNationallyMakesTheDeadlineFinal() {
    assertThat(
            TestStack.http()
                .asOperator()
                .put("/api/v1/platform/calendars/2027", "application/json", SCHEDULE_2027)
                .status())
        .isEqualTo(200);
    JsonObject d = deadline("jianshi", "2026-12-20", 30, "WORKING_DAYS");
    assertThat(d.getBoolean("provisional")).isFalse();
    assertThat(d.getJsonArray("missingYears")).isEmpty();
    var missing = TestStack.http().asOperator().get("/api/v1/platform/calendars/missing").array();
    assertThat(missing.stream().map(v -> ((JsonObject) v).getInt("year"))).doesNotContain(2027);
  }

  @Test
  @Order(6)
  void workingHourDeadlinesFollowTheCountysOfficeHours() {
    Manifests.TestTenant t = Manifests.fresh("hours");
    String manifest =
        t.manifest("时县")
            .replace(
                "timeZone: Asia/Shanghai",
                "timeZone: Asia/Shanghai\nworkingHours: [\"09:00-12:00\", \"13:00-17:00\"]");
    assertThat(
            TestStack.http()
                .asOperator()
                .post("/api/v1/platform/tenants", "application/yaml", manifest)
                .status())
        .isEqualTo(201);
    // 7 working hours from Monday 2025-11-03: 09-12 and 13-17 that day; standard hours would need
    // Tuesday
    assertThat(deadline(t.slug(), "2025-11-03", 7, "WORKING_HOURS").getString("due"))
        .isEqualTo("2025-11-03T09:00:00Z");
    assertThat(deadline("jianshi", "2025-11-03", 7, "WORKING_HOURS").getString("due"))
        .isEqualTo("2025-11-04T01:00:00Z");
  }

  @Test
  @Order(6)
  void badInputNamesTheField() {
    Http h = TestStack.http();
    assertThat(
            field(
                h.get(
                    "/t/jianshi/api/v1/calendar/deadline?from=2025-13-01&amount=5&unit=WORKING_DAYS")))
        .isEqualTo("from");
    assertThat(
            field(h.get("/t/jianshi/api/v1/calendar/deadline?from=2025-01-01&amount=5&unit=DAYS")))
        .isEqualTo("unit");
    assertThat(
            field(
                h.get(
                    "/t/jianshi/api/v1/calendar/deadline?from=2025-01-01&amount=-1&unit=WORKING_DAYS")))
        .isEqualTo("amount");
    assertThat(field(h.get("/t/jianshi/api/v1/calendar/deadline?amount=5&unit=WORKING_DAYS")))
        .isEqualTo("from");
    Http.Reply badYear =
        TestStack.http()
            .asOperator()
            .put(
                "/api/v1/platform/calendars/2028",
                "application/json",
                "{\"source\":\"x\",\"days\":[{\"date\":\"2029-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"}]}");
    assertThat(field(badYear)).isEqualTo("days[0].date");
    assertThat(
            TestStack.http()
                .get("/t/jianshi/api/v1/calendar/years/2028")
                .json()
                .getBoolean("confirmed"))
        .isFalse();
  }

  @Test
  @Order(7)
  void aYearListsItsOffWeekdaysAndWorkingWeekends() {
    JsonObject y = TestStack.http().get("/t/jianshi/api/v1/calendar/years/2025").json();
    assertThat(y.getBoolean("confirmed")).isTrue();
    assertThat(y.getJsonArray("workingWeekends").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11");
  }

  static String field(Http.Reply r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    return r.json().getJsonArray("errors").getJsonObject(0).getString("field");
  }
}
