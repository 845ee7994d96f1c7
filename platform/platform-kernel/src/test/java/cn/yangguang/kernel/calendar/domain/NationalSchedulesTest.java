package cn.yangguang.kernel.calendar.domain;

import static cn.yangguang.kernel.calendar.domain.CalendarFixtures.date;
import static cn.yangguang.kernel.calendar.domain.CalendarFixtures.published;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NationalSchedulesTest {

  private static List<LocalDate> dates(int year, DayKind kind) {
    return published(year).days().stream()
        .filter(d -> d.kind() == kind)
        .map(CalendarDay::date)
        .toList();
  }

  @Test
  void threeConfirmedYearsWithTheirDocuments() {
    List<YearSchedule> all = NationalSchedules.published();

    assertThat(all).extracting(YearSchedule::year).containsExactly(2024, 2025, 2026);
    assertThat(all).allMatch(YearSchedule::confirmed);
    assertThat(all.get(0).source()).contains("国办发明电〔2023〕7号");
    assertThat(all.get(1).source()).contains("国办发明电〔2024〕12号");
    assertThat(all.get(2).source()).contains("国办发明电〔2025〕7号");
  }

  @Test
  void offDaysCountEveryDateOfEachRange() {
    // 2024: 1 + 8 + 3 + 5 + 1 + 3 + 7; 2025: 1 + 8 + 3 + 5 + 3 + 8; 2026: 3 + 9 + 3 + 5 + 3 + 3 +
    // 7.
    assertThat(dates(2024, DayKind.HOLIDAY)).hasSize(28);
    assertThat(dates(2025, DayKind.HOLIDAY)).hasSize(28);
    assertThat(dates(2026, DayKind.HOLIDAY)).hasSize(33);
  }

  @Test
  void makeUpDaysAreTheListedWeekendDays() {
    assertThat(dates(2024, DayKind.WORKDAY))
        .containsExactly(
            date("2024-02-04"),
            date("2024-02-18"),
            date("2024-04-07"),
            date("2024-04-28"),
            date("2024-05-11"),
            date("2024-09-14"),
            date("2024-09-29"),
            date("2024-10-12"));
    assertThat(dates(2025, DayKind.WORKDAY))
        .containsExactly(
            date("2025-01-26"),
            date("2025-02-08"),
            date("2025-04-27"),
            date("2025-09-28"),
            date("2025-10-11"));
    assertThat(dates(2026, DayKind.WORKDAY))
        .containsExactly(
            date("2026-01-04"),
            date("2026-02-14"),
            date("2026-02-28"),
            date("2026-05-09"),
            date("2026-09-20"),
            date("2026-10-10"));
    for (YearSchedule schedule : NationalSchedules.published()) {
      schedule.days().stream()
          .filter(d -> d.kind() == DayKind.WORKDAY)
          .forEach(
              d -> {
                assertThat(d.name()).isEqualTo("调休上班");
                assertThat(d.date().getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
              });
    }
  }

  @Test
  void daysAreNamedAfterTheirFestival() {
    assertThat(name("2024-09-15")).isEqualTo("中秋节");
    assertThat(name("2025-01-28")).isEqualTo("春节");
    assertThat(name("2025-02-04")).isEqualTo("春节");
    assertThat(name("2025-05-31")).isEqualTo("端午节");
    assertThat(name("2025-10-01")).isEqualTo("国庆节");
    assertThat(name("2025-10-06")).isEqualTo("中秋节"); // 八月十五 2025
    assertThat(name("2025-10-08")).isEqualTo("国庆节");
    assertThat(name("2026-01-03")).isEqualTo("元旦");
    assertThat(name("2026-04-06")).isEqualTo("清明节");
    assertThat(name("2026-05-05")).isEqualTo("劳动节");
    assertThat(name("2026-06-19")).isEqualTo("端午节"); // 五月初五 2026
    assertThat(name("2026-09-27")).isEqualTo("中秋节"); // 八月十五 2026 is 9/25
    assertThat(name("2026-10-07")).isEqualTo("国庆节");
  }

  private static String name(String iso) {
    LocalDate d = date(iso);
    return published(d.getYear()).day(d).orElseThrow().name();
  }
}
