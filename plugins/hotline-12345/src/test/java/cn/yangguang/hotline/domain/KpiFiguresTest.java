package cn.yangguang.hotline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KpiFiguresTest {

  @Test
  void ratesAreComputedFromTheCountsAndAreAbsentWithoutADenominator() {
    KpiFigures f = new KpiFigures(4, 3, 1, 2, 1, 1, 2, 1, 1);
    assertThat(f.signRate()).isEqualTo(0.75);
    assertThat(f.returnRate()).isEqualTo(0.25);
    assertThat(f.onTimeRate()).isEqualTo(0.333);
    assertThat(f.satisfactionRate()).isEqualTo(0.5);
    assertThat(f.redoRate()).isEqualTo(0.25);
    assertThat(KpiFigures.NONE.signRate()).isNull();
    assertThat(f.plus(f).dispatched()).isEqualTo(8);
  }
}
