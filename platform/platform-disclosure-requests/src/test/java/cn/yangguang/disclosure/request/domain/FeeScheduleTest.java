package cn.yangguang.disclosure.request.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FeeScheduleTest {

  @Test
  void perRequestBandsAtTheirEdges() {
    assertThat(FeeSchedule.perRequest(1)).isEqualByComparingTo("0");
    assertThat(FeeSchedule.perRequest(10)).isEqualByComparingTo("0");
    assertThat(FeeSchedule.perRequest(11)).isEqualByComparingTo("100");
    assertThat(FeeSchedule.perRequest(30)).isEqualByComparingTo("100");
    assertThat(FeeSchedule.perRequest(31)).isEqualByComparingTo("200");
    assertThat(FeeSchedule.perRequest(40)).isEqualByComparingTo("200");
    assertThat(FeeSchedule.perRequest(41)).isEqualByComparingTo("300");
    assertThat(FeeSchedule.perRequest(50)).isEqualByComparingTo("300");
    assertThat(FeeSchedule.perRequest(51)).isEqualByComparingTo("400");
    assertThatThrownBy(() -> FeeSchedule.perRequest(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void perPageBandsAreMarginal() {
    assertThat(FeeSchedule.perPage(0)).isEqualByComparingTo("0");
    assertThat(FeeSchedule.perPage(30)).isEqualByComparingTo("0");
    assertThat(FeeSchedule.perPage(31)).isEqualByComparingTo("10");
    assertThat(FeeSchedule.perPage(100)).isEqualByComparingTo("700");
    assertThat(FeeSchedule.perPage(101)).isEqualByComparingTo("720");
    assertThat(FeeSchedule.perPage(200)).isEqualByComparingTo("2700");
    assertThat(FeeSchedule.perPage(201)).isEqualByComparingTo("2740");
    assertThat(FeeSchedule.perPage(250)).isEqualByComparingTo("4700");
    assertThatThrownBy(() -> FeeSchedule.perPage(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void oneScalePerRequest() {
    assertThat(FeeSchedule.fee(FeeSchedule.Scale.PER_REQUEST, 11, 500))
        .isEqualTo(BigDecimal.valueOf(100));
    assertThat(FeeSchedule.fee(FeeSchedule.Scale.PER_PAGE, 50, 31))
        .isEqualTo(BigDecimal.valueOf(10));
  }
}
