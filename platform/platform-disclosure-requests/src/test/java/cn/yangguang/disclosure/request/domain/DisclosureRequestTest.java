package cn.yangguang.disclosure.request.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DisclosureRequestTest {

  /** Weekdays only: enough for the rules (the kernel's calendar is tested there). */
  static final WorkingDays WEEKDAYS =
      (day, n) -> {
        LocalDate d = day;
        int left = n;
        while (left > 0) {
          d = d.plusDays(1);
          if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
            left--;
          }
        }
        return d;
      };

  static final LocalDate MONDAY = LocalDate.of(2025, 6, 9);

  static DisclosureRequest request() {
    return DisclosureRequest.receive(
        Row.fresh(
            new Row.Received(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "GK2025-00001",
                "h",
                "jsx-mzj",
                Channel.IN_PERSON,
                new Applicant(
                    ApplicantType.NATURAL_PERSON, "甲", "422822198503150018", "13900000001", null),
                "i",
                null,
                "低保资金发放情况",
                null,
                "ELECTRONIC",
                MONDAY,
                Instant.EPOCH,
                "t")));
  }

  @Test
  void oneSupplementNoticeWithinSevenWorkingDaysAndTheClockRestartsOnArrival() {
    DisclosureRequest r = request();
    assertThatThrownBy(() -> r.noticeSupplement("补", 10, MONDAY.plusDays(10), WEEKDAYS))
        .hasMessageContaining("7 working days");
    r.noticeSupplement("补充身份证明", 10, MONDAY.plusDays(9), WEEKDAYS); // the 7th working day
    assertThat(r.status()).isEqualTo(RequestStatus.AWAITING_SUPPLEMENT);
    assertThat(r.row().supplement().dueOn()).isEqualTo(LocalDate.of(2025, 7, 2));
    assertThatThrownBy(() -> r.supplementArrived(LocalDate.of(2025, 7, 3)))
        .hasMessageContaining("ended");
    r.supplementArrived(LocalDate.of(2025, 6, 25));
    assertThat(r.row().clockStartOn()).isEqualTo(LocalDate.of(2025, 6, 25));
    assertThat(r.status()).isEqualTo(RequestStatus.IN_PROGRESS);
    assertThatThrownBy(() -> r.noticeSupplement("再补", 10, LocalDate.of(2025, 6, 25), WEEKDAYS))
        .hasMessageContaining("only one");
  }

  @Test
  void noSupplementInTimeIsAbandonedInRowSixOne() {
    DisclosureRequest r = request();
    r.noticeSupplement("补充", 1, MONDAY, WEEKDAYS);
    assertThat(r.lapseSupplement(MONDAY.plusDays(1))).isFalse();
    assertThat(r.lapseSupplement(MONDAY.plusDays(2))).isTrue();
    assertThat(r.row().closure().outcome().row()).isEqualTo(ReportRow.R6_1);
  }

  @Test
  void anUnpaidFeeIsAbandonedAndAFreeRequestHasNoNotice() {
    DisclosureRequest r = request();
    assertThatThrownBy(
            () -> r.noticeFee(FeeSchedule.Scale.PER_PAGE, BigDecimal.ZERO, MONDAY, WEEKDAYS))
        .hasMessageContaining("free");
    r.noticeFee(FeeSchedule.Scale.PER_PAGE, BigDecimal.TEN, MONDAY, WEEKDAYS);
    assertThat(r.row().fee().dueOn()).isEqualTo(MONDAY.plusDays(28));
    assertThat(r.lapseFee(MONDAY.plusDays(28))).isFalse();
    assertThat(r.lapseFee(MONDAY.plusDays(29))).isTrue();
    assertThat(r.row().closure().outcome()).isEqualTo(Outcome.ABANDONED_FEE_UNPAID);
  }

  @Test
  void aLongerPeriodOnlyAfterTheReasonsAndOnce() {
    DisclosureRequest r = request();
    assertThatThrownBy(() -> r.grantLongerPeriod(10)).hasMessageContaining("Art. 35");
    r.markExcessive("本月第 12 件");
    assertThatThrownBy(() -> r.grantLongerPeriod(0)).hasMessageContaining("periodDays");
    r.grantLongerPeriod(10);
    assertThat(r.row().excessiveDays()).isEqualTo(10);
    assertThatThrownBy(() -> r.grantLongerPeriod(5)).hasMessageContaining("already");
  }

  @Test
  void oneExtensionAndAnObjectingThirdPartyIsToldFirst() {
    DisclosureRequest r = request();
    r.extend("档案量大");
    assertThatThrownBy(() -> r.extend("再延")).hasMessageContaining("once");
    Consultation c =
        r.consult(UUID.randomUUID(), Consultation.Kind.THIRD_PARTY, "某公司", MONDAY, WEEKDAYS);
    assertThat(c.dueOn()).isEqualTo(MONDAY.plusDays(21));
    assertThatThrownBy(() -> r.answer(Outcome.PROVIDED, null, null, MONDAY))
        .hasMessageContaining("CONSULTING");
    r.consultationAnswered(c.id(), Consultation.Opinion.OBJECTION, MONDAY.plusDays(3));
    assertThatThrownBy(() -> r.answer(Outcome.PARTIAL, "部分", null, MONDAY))
        .hasMessageContaining("Art. 32");
    r.overrule(c.id(), MONDAY.plusDays(4));
    assertThatThrownBy(() -> r.answer(Outcome.WITHHELD_LAW, " ", null, MONDAY))
        .hasMessageContaining("reason");
    r.answer(Outcome.PARTIAL, "部分涉及个人隐私", null, MONDAY.plusDays(5));
    assertThat(r.row().closure().outcome().row()).isEqualTo(ReportRow.R2);
    assertThatThrownBy(() -> r.withdraw(MONDAY.plusDays(6))).hasMessageContaining("closed");
  }
}
