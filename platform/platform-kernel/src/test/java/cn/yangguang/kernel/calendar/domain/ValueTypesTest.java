package cn.yangguang.kernel.calendar.domain;

import static cn.yangguang.kernel.calendar.domain.CalendarFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Validation and immutability of the value types. */
class ValueTypesTest {

  private static final CalendarDay NEW_YEAR =
      new CalendarDay(date("2027-01-01"), DayKind.HOLIDAY, "元旦");
  private static final CalendarDay MAKE_UP =
      new CalendarDay(date("2027-02-20"), DayKind.WORKDAY, "调休上班");

  @Test
  void calendarDayRejectsNullsAndBlankNames() {
    assertThatThrownBy(() -> new CalendarDay(null, DayKind.HOLIDAY, "元旦"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new CalendarDay(date("2027-01-01"), null, "元旦"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new CalendarDay(date("2027-01-01"), DayKind.HOLIDAY, " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void yearScheduleSortsAndCopiesItsDays() {
    List<CalendarDay> days = new ArrayList<>(List.of(MAKE_UP, NEW_YEAR));
    YearSchedule schedule = new YearSchedule(2027, days, true, "test");
    days.clear();

    assertThat(schedule.days()).containsExactly(NEW_YEAR, MAKE_UP);
    assertThatThrownBy(() -> schedule.days().add(NEW_YEAR))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(schedule.day(date("2027-02-20"))).hasValue(MAKE_UP);
    assertThat(schedule.day(date("2027-02-21"))).isEmpty();
    assertThat(schedule.day(date("2026-01-01"))).isEmpty();
  }

  @Test
  void yearScheduleRejectsForeignAndDuplicateDates() {
    CalendarDay other = new CalendarDay(date("2027-01-01"), DayKind.WORKDAY, "调休上班");
    assertThatThrownBy(() -> new YearSchedule(2026, List.of(NEW_YEAR), true, "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2027-01-01");
    assertThatThrownBy(() -> new YearSchedule(2027, List.of(NEW_YEAR, other), true, "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> new YearSchedule(2027, List.of(NEW_YEAR), true, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new YearSchedule(2027, null, true, "test"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new YearSchedule(2027, Collections.singletonList(null), true, "test"))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void workingHoursAreSortedAndMayNotOverlap() {
    WorkingHours.Interval afternoon =
        new WorkingHours.Interval(LocalTime.of(14, 30), LocalTime.of(17, 30));
    WorkingHours.Interval morning =
        new WorkingHours.Interval(LocalTime.of(8, 30), LocalTime.of(12, 0));

    assertThat(new WorkingHours(List.of(afternoon, morning))).isEqualTo(WorkingHours.standard());
    assertThat(WorkingHours.standard().intervals()).containsExactly(morning, afternoon);
    assertThatThrownBy(() -> new WorkingHours(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    WorkingHours.Interval lunch =
        new WorkingHours.Interval(LocalTime.of(11, 0), LocalTime.of(15, 0));
    assertThatThrownBy(() -> new WorkingHours(List.of(morning, lunch)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WorkingHours.Interval(LocalTime.NOON, LocalTime.NOON))
        .isInstanceOf(IllegalArgumentException.class);
    WorkingHours.Interval touching =
        new WorkingHours.Interval(LocalTime.of(12, 0), LocalTime.of(13, 0));
    assertThat(new WorkingHours(List.of(morning, touching)).intervals()).hasSize(2);
  }

  @Test
  void deadlineProvisionalFlagMatchesItsMissingYears() {
    Instant due = Instant.parse("2027-01-05T16:00:00Z");
    TreeSet<Integer> reversed = new TreeSet<>(Collections.reverseOrder());
    reversed.addAll(Set.of(2027, 2028));

    Deadline deadline = new Deadline(date("2027-01-05"), due, true, reversed);

    assertThat(deadline.missingYears()).containsExactly(2027, 2028);
    assertThatThrownBy(() -> deadline.missingYears().add(2029))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> new Deadline(date("2027-01-05"), due, true, new TreeSet<>()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Deadline(date("2027-01-05"), due, false, reversed))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Deadline(null, due, false, new TreeSet<>()))
        .isInstanceOf(NullPointerException.class);
  }
}
