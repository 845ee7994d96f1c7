package cn.yangguang.kernel.calendar.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The national schedules published by the State Council, as data (RULES.md §5): every date of an
 * off range is a {@link DayKind#HOLIDAY} (weekends included), every make-up day a {@link
 * DayKind#WORKDAY} named "调休上班". Stateless and thread-safe.
 *
 * <p>This is seed data: tenants and provinces may override it, and later years are loaded as data,
 * not added here. The 2024 schedule is marked unverified in RULES.md (not yet checked against a
 * public copy of 国办发明电〔2023〕7号); it is used as confirmed data as transcribed there.
 */
public final class NationalSchedules {

  static final String MAKE_UP = "调休上班";

  private NationalSchedules() {}

  /**
   * The published schedules of 2024, 2025 and 2026, in year order, each {@code confirmed = true}
   * with its document number as source.
   *
   * @return an unmodifiable list, never null
   */
  public static List<YearSchedule> published() {
    return List.of(y2024(), y2025(), y2026());
  }

  private static YearSchedule y2024() {
    Builder b = new Builder(2024);
    b.off("元旦", 1, 1, 1, 1).off("春节", 2, 10, 2, 17).off("清明节", 4, 4, 4, 6);
    b.off("劳动节", 5, 1, 5, 5).off("端午节", 6, 10, 6, 10).off("中秋节", 9, 15, 9, 17);
    b.off("国庆节", 10, 1, 10, 7);
    b.work(2, 4).work(2, 18).work(4, 7).work(4, 28).work(5, 11).work(9, 14).work(9, 29);
    b.work(10, 12);
    return b.build("国务院办公厅 国办发明电〔2023〕7号 (unverified transcription)");
  }

  private static YearSchedule y2025() {
    Builder b = new Builder(2025);
    b.off("元旦", 1, 1, 1, 1).off("春节", 1, 28, 2, 4).off("清明节", 4, 4, 4, 6);
    b.off("劳动节", 5, 1, 5, 5).off("端午节", 5, 31, 6, 2);
    // 国庆节、中秋节 10/1-10/8: 八月十五 is 10/6 that year.
    b.off("国庆节", 10, 1, 10, 5).off("中秋节", 10, 6, 10, 6).off("国庆节", 10, 7, 10, 8);
    b.work(1, 26).work(2, 8).work(4, 27).work(9, 28).work(10, 11);
    return b.build("国务院办公厅 国办发明电〔2024〕12号");
  }

  private static YearSchedule y2026() {
    Builder b = new Builder(2026);
    b.off("元旦", 1, 1, 1, 3).off("春节", 2, 15, 2, 23).off("清明节", 4, 4, 4, 6);
    b.off("劳动节", 5, 1, 5, 5).off("端午节", 6, 19, 6, 21).off("中秋节", 9, 25, 9, 27);
    b.off("国庆节", 10, 1, 10, 7);
    b.work(1, 4).work(2, 14).work(2, 28).work(5, 9).work(9, 20).work(10, 10);
    return b.build("国务院办公厅 国办发明电〔2025〕7号");
  }

  /** Collects the days of one year. Not thread-safe; used inside one method call. */
  private static final class Builder {
    private final int year;
    private final List<CalendarDay> days = new ArrayList<>();

    Builder(int year) {
      this.year = year;
    }

    Builder off(String name, int fromMonth, int fromDay, int toMonth, int toDay) {
      LocalDate to = LocalDate.of(year, toMonth, toDay);
      for (LocalDate d = LocalDate.of(year, fromMonth, fromDay);
          !d.isAfter(to);
          d = d.plusDays(1)) {
        days.add(new CalendarDay(d, DayKind.HOLIDAY, name));
      }
      return this;
    }

    Builder work(int month, int day) {
      days.add(new CalendarDay(LocalDate.of(year, month, day), DayKind.WORKDAY, MAKE_UP));
      return this;
    }

    YearSchedule build(String source) {
      return new YearSchedule(year, days, true, source);
    }
  }
}
