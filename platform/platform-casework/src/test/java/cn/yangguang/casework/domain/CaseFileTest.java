package cn.yangguang.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CaseFileTest {

  static final Instant RECEIPT = Instant.parse("2026-11-02T02:00:00Z");
  static final Instant LATER = Instant.parse("2026-11-12T02:00:00Z");

  static CaseFile received() {
    return new CaseFile(
        new CaseFile.Row(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "422822-20261102-00001",
            "h",
            "422822-FGJ-0002",
            1,
            UUID.randomUUID(),
            "企业投资项目核准",
            "jsx-fgj",
            ProcessTemplate.PROMISE,
            CaseStatus.RECEIVED,
            Channel.ONLINE,
            new Applicant("PERSON", "张三", "422822199003070024", "13800001234"),
            null,
            "resident1",
            "k-12345678",
            RECEIPT,
            RECEIPT,
            null,
            false,
            null,
            null,
            0,
            null,
            null,
            null,
            false,
            false,
            null,
            null,
            null,
            0));
  }

  @Test
  void acceptingLateCountsFromReceipt() {
    CaseFile inTime = received();
    inTime.accept(LATER, false);
    assertThat(inTime.acceptedAt()).isEqualTo(LATER);
    assertThat(inTime.deemedAccepted()).isFalse();
    CaseFile late = received();
    late.accept(LATER, true);
    assertThat(late.acceptedAt()).isEqualTo(RECEIPT);
    assertThat(late.deemedAccepted()).isTrue();
  }

  @Test
  void oneSupplementNoticeInTimeThenTheReceiptRestarts() {
    CaseFile c = received();
    assertThatThrownBy(() -> c.requestSupplement("补盖章页", true))
        .isInstanceOf(CaseRejectedException.class)
        .hasMessageContaining("5-working-day");
    c.requestSupplement("补盖章页", false);
    assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);
    assertThatThrownBy(() -> c.requestSupplement("再补", false))
        .isInstanceOf(CaseRejectedException.class);
    assertThatThrownBy(() -> c.accept(LATER, false)).isInstanceOf(CaseRejectedException.class);
    c.supplemented(LATER);
    assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
    assertThat(c.receiptAt()).isEqualTo(LATER);
    assertThat(c.receivedAt()).isEqualTo(RECEIPT);
  }

  @Test
  void decisionsNeedAcceptanceAndRejectionsAReason() {
    CaseFile c = received();
    assertThatThrownBy(() -> c.decide(LATER, true, null)).isInstanceOf(CaseRejectedException.class);
    c.accept(LATER, false);
    assertThatThrownBy(() -> c.decide(LATER, false, " ")).isInstanceOf(CaseRejectedException.class);
    assertThatThrownBy(() -> c.complete(LATER)).isInstanceOf(CaseRejectedException.class);
    c.decide(LATER, false, "不符合条件");
    c.complete(LATER);
    assertThat(c.status()).isEqualTo(CaseStatus.COMPLETED);
  }

  @Test
  void feesDifferingFromTheStandardAreFlagged() {
    CaseFile c = received();
    c.accept(LATER, false);
    assertThat(c.charge(new BigDecimal("80"), Set.of(new BigDecimal("80"), new BigDecimal("550"))))
        .isFalse();
    assertThat(c.charge(new BigDecimal("100"), Set.of(new BigDecimal("80")))).isTrue();
    assertThat(c.charge(new BigDecimal("5"), Set.of())).isTrue();
    assertThat(c.charge(BigDecimal.ZERO, Set.of())).isFalse();
  }

  @Test
  void applicantsAreCheckedAndMasked() {
    Applicant a = new Applicant("PERSON", "欧阳娜娜", "422822199003070024", "13800001234");
    assertThat(a.problems()).isEmpty();
    assertThat(a.masked().idNumber()).isEqualTo("4228**********0024");
    assertThat(a.masked().phone()).isEqualTo("138****1234");
    assertThat(a.publicName()).isEqualTo("欧***");
    assertThat(new Applicant("PERSON", "", "123", "12").problems())
        .extracting(CaseRejectedException::field)
        .containsExactly("applicant.name", "applicant.idNumber", "applicant.phone");
    assertThat(new Applicant("ORGANISATION", "某公司", "91422822MA4F12345X", "13800001234").problems())
        .isEmpty();
  }

  @Test
  void caseKindsPickTheirTemplate() {
    assertThat(ProcessTemplate.forCaseKind("IMMEDIATE")).isEqualTo(ProcessTemplate.INSTANT);
    assertThat(ProcessTemplate.forCaseKind("PROMISED")).isEqualTo(ProcessTemplate.PROMISE);
    assertThat(ProcessBinding.defaults("k", "PROMISED", "jsx-fgj").posts())
        .containsExactly("jsx-fgj-clerk", "jsx-fgj-review", "jsx-fgj-approve");
  }
}
