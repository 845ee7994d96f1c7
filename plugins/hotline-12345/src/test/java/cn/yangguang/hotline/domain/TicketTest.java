package cn.yangguang.hotline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TicketTest {

  static final Instant T0 = Instant.parse("2026-11-24T01:00:00Z");

  static Ticket received(String cityRef) {
    return new Ticket(
        UUID.randomUUID(),
        "202611240001",
        "123456",
        Channel.PHONE,
        cityRef,
        TicketType.COMPLAINT,
        Urgency.NORMAL,
        "noise",
        "噪音",
        "夜间施工噪音",
        null,
        "13800001234",
        null,
        "业州镇",
        null,
        null,
        null,
        TicketStatus.RECEIVED,
        null,
        null,
        null,
        null,
        0,
        null,
        T0,
        T0,
        null);
  }

  @Test
  void theClosedLoopEndsClosedWhenTheCallerIsSatisfied() {
    Ticket t = received(null).dispatched("jsx-zjj", T0).signed(T0).replied("已处理", T0);
    assertThat(t.status()).isEqualTo(TicketStatus.REPLIED);
    Ticket closed = t.calledBack(Satisfaction.BASICALLY_SATISFIED, T0.plusSeconds(60));
    assertThat(closed.closed()).isTrue();
    assertThat(closed.resolution()).isEqualTo(Resolution.HANDLED);
    assertThat(closed.closedAt()).isEqualTo(T0.plusSeconds(60));
  }

  @Test
  void dissatisfactionSendsItBackToTheSameUnitAsARedo() {
    Ticket t = received(null).dispatched("jsx-zjj", T0).signed(T0).replied("已处理", T0);
    Ticket redo = t.calledBack(Satisfaction.DISSATISFIED, T0);
    assertThat(redo.status()).isEqualTo(TicketStatus.DISPATCHED);
    assertThat(redo.leadUnit()).isEqualTo("jsx-zjj");
    assertThat(redo.redoCount()).isEqualTo(1);
    assertThat(redo.closedAt()).isNull();
  }

  @Test
  void aReturnIsReviewedAndStepsOutOfOrderAreConflicts() {
    Ticket returned = received(null).dispatched("jsx-mzj", T0).returned(T0);
    assertThat(returned.status()).isEqualTo(TicketStatus.RETURNED);
    assertThat(returned.dispatched("jsx-zjj", T0).leadUnit()).isEqualTo("jsx-zjj");
    assertThat(returned.returnRefused(T0).status()).isEqualTo(TicketStatus.DISPATCHED);
    assertThatThrownBy(() -> received(null).signed(T0))
        .isInstanceOf(TicketException.class)
        .extracting(e -> ((TicketException) e).status())
        .isEqualTo(409);
    assertThatThrownBy(() -> received(null).returnedToCity("不属本县", T0))
        .isInstanceOf(TicketException.class);
    assertThat(received("SZ000001").returnedToCity("不属本县", T0).resolution())
        .isEqualTo(Resolution.RETURNED_TO_CITY);
  }

  @Test
  void aDuplicateIsMergedIntoAnotherTicketButNotIntoItself() {
    Ticket merged = received(null).mergedInto("202611240002", T0);
    assertThat(merged.closed()).isTrue();
    assertThat(merged.mergedInto()).isEqualTo("202611240002");
    assertThatThrownBy(() -> received(null).mergedInto("202611240001", T0))
        .isInstanceOf(TicketException.class);
  }
}
