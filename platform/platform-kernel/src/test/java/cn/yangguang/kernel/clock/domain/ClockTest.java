package cn.yangguang.kernel.clock.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yangguang.kernel.calendar.domain.NationalSchedules;
import cn.yangguang.kernel.calendar.domain.TimeUnit;
import cn.yangguang.kernel.calendar.domain.WorkingCalendar;
import cn.yangguang.kernel.calendar.domain.WorkingHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Clock behaviour on the published 2025 schedule; every expected date counted by hand. */
class ClockTest {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  static final ClockRules RULES =
      new ClockRules(
          new WorkingCalendar(NationalSchedules.published()), BEIJING, WorkingHours.standard());
  static final ClockPolicy POLICY = new ClockPolicy("LICENSING", 60, 85);

  static Instant at(String date, String time) {
    return LocalDate.parse(date)
        .atTime(java.time.LocalTime.parse(time))
        .atZone(BEIJING)
        .toInstant();
  }

  static Instant startOf(String date) {
    return LocalDate.parse(date).atStartOfDay(BEIJING).toInstant();
  }

  static Clock decisionClock(Instant now) {
    return Clock.start(
        UUID.randomUUID(),
        UUID.randomUUID(),
        new Clock.Subject("case", "C-1", "decision"),
        TimeUnit.WORKING_DAYS,
        20,
        at("2025-09-26", "16:00"),
        RULES,
        POLICY,
        now);
  }

  @Test
  void thresholdsFollowTheWorkingDays() {
    // Working days from 9/28: 9/28, 9/29, 9/30, 10/9, 10/10, 10/11, 10/13..10/17 (11th), 10/20
    // (12th) ...
    // 10/27 (17th) ... 10/30 (20th). Yellow at the 12th (60%), red at the 17th (85%).
    Clock c = decisionClock(at("2025-09-27", "09:00"));
    Clock.Snapshot s = c.snapshot();
    assertThat(c.deadlineDate()).isEqualTo(LocalDate.parse("2025-10-30"));
    assertThat(s.thresholds().yellowAt()).isEqualTo(startOf("2025-10-20"));
    assertThat(s.thresholds().redAt()).isEqualTo(startOf("2025-10-27"));
    assertThat(s.thresholds().dueAt()).isEqualTo(startOf("2025-10-31"));
    assertThat(c.level()).isEqualTo(ClockLevel.GREEN);
    assertThat(s.nextTransitionAt()).isEqualTo(startOf("2025-10-20"));
    assertThat(s.thresholds().levelAt(at("2025-10-20", "00:00"))).isEqualTo(ClockLevel.YELLOW);
    assertThat(s.thresholds().levelAt(at("2025-10-30", "23:59"))).isEqualTo(ClockLevel.RED);
    assertThat(s.thresholds().levelAt(startOf("2025-10-31"))).isEqualTo(ClockLevel.OVERDUE);
  }

  @Test
  void pausedDaysAreNotCounted() {
    Clock c = decisionClock(at("2025-09-27", "09:00"));
    // paused on 10/10 (4 days used: 9/28, 9/29, 9/30, 10/9), resumed on 10/15: counting goes on
    // from 10/16
    c.pause(at("2025-10-10", "10:00"), "专家评审", RULES);
    assertThat(c.status()).isEqualTo(ClockStatus.PAUSED);
    assertThat(c.snapshot().nextTransitionAt()).isNull();
    c.resume(at("2025-10-15", "15:00"), RULES, POLICY);
    // 16 days left from 10/16: 10/16, 17, 20-24, 27-31, 11/3, 4, 5, 6
    assertThat(c.deadlineDate()).isEqualTo(LocalDate.parse("2025-11-06"));
  }

  @Test
  void extensionsAndRestarts() {
    Clock c = decisionClock(at("2025-09-27", "09:00"));
    c.extend(10, "负责人批准", at("2025-10-13", "09:00"), RULES, POLICY);
    // 30 working days from 9/28: ... 10/30 (20th), 10/31 (21st), 11/3-11/7 (26th), 11/10-11/13
    // (30th)
    assertThat(c.deadlineDate()).isEqualTo(LocalDate.parse("2025-11-13"));
    c.restart(at("2025-11-03", "10:00"), "补正材料已到", RULES, POLICY);
    // 20 working days from 11/4: 11/4-7 (4), 11/10-14 (9), 11/17-21 (14), 11/24-28 (19), 12/1 (20)
    assertThat(c.deadlineDate()).isEqualTo(LocalDate.parse("2025-12-01"));
    assertThat(c.snapshot().extension()).isZero();
  }

  @Test
  void completionRecordsWhetherOnTime() {
    Clock c = decisionClock(at("2025-09-27", "09:00"));
    c.complete(at("2025-10-30", "17:00"));
    assertThat(c.snapshot().onTime()).isTrue();
    assertThatThrownBy(() -> c.complete(at("2025-10-31", "09:00")))
        .isInstanceOf(IllegalStateException.class);
    Clock late = decisionClock(at("2025-09-27", "09:00"));
    late.complete(at("2025-10-31", "08:00"));
    assertThat(late.snapshot().onTime()).isFalse();
  }

  @Test
  void aDeadlineInAnUnconfirmedYearIsProvisional() {
    Clock c =
        Clock.start(
            UUID.randomUUID(),
            UUID.randomUUID(),
            new Clock.Subject("case", "C-2", "decision"),
            TimeUnit.WORKING_DAYS,
            20,
            at("2026-12-20", "10:00"),
            RULES,
            POLICY,
            at("2026-12-20", "10:00"));
    assertThat(c.missingYears()).containsExactly(2027);
  }

  @Test
  void hourClocksCountWallClockTime() {
    Instant start = at("2025-10-01", "10:00");
    Clock c =
        Clock.start(
            UUID.randomUUID(),
            UUID.randomUUID(),
            new Clock.Subject("ticket", "T-1", "reply"),
            TimeUnit.HOURS,
            24,
            start,
            RULES,
            new ClockPolicy("HOTLINE", 50, 80),
            start);
    assertThat(c.snapshot().thresholds().dueAt()).isEqualTo(at("2025-10-02", "10:00"));
    assertThat(c.snapshot().thresholds().yellowAt()).isEqualTo(at("2025-10-01", "22:00"));
    c.pause(at("2025-10-01", "12:00"), "等待来电人补充", RULES);
    c.resume(at("2025-10-01", "20:00"), RULES, new ClockPolicy("HOTLINE", 50, 80));
    assertThat(c.snapshot().thresholds().dueAt()).isEqualTo(at("2025-10-02", "18:00"));
  }
}
