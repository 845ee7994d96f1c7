package cn.yangguang.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Card escalation and the order's life: reply once, close after the reply. */
class CardAndOrderTest {

  static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

  @Test
  void aSecondYellowCardWithinNinetyDaysIsRedAndEscalatesTheFirstOnce() {
    Card first = yellow("jsx-fgj", NOW.minus(Duration.ofDays(30)), List.of());
    assertThat(first.colour()).isEqualTo(Card.Colour.YELLOW);
    Card second = yellow("jsx-fgj", NOW, List.of(first));
    assertThat(second.colour()).isEqualTo(Card.Colour.RED);
    assertThat(second.escalatedFrom()).isEqualTo(first.id());
    // the first is spent: a third yellow stays yellow
    assertThat(yellow("jsx-fgj", NOW, List.of(first, second)).colour())
        .isEqualTo(Card.Colour.YELLOW);
    // another department, or a yellow card older than the window, does not escalate
    assertThat(yellow("jsx-mzj", NOW, List.of(first)).colour()).isEqualTo(Card.Colour.YELLOW);
    Card old = yellow("jsx-fgj", NOW.minus(Duration.ofDays(120)), List.of());
    assertThat(yellow("jsx-fgj", NOW, List.of(old)).colour()).isEqualTo(Card.Colour.YELLOW);
  }

  @Test
  void aCardNeedsItsReason() {
    assertThatThrownBy(
            () ->
                Card.issue(
                    UUID.randomUUID(),
                    Card.Colour.RED,
                    "jsx-fgj",
                    null,
                    " ",
                    null,
                    "s",
                    NOW,
                    List.of()))
        .isInstanceOf(SupervisionRejectedException.class)
        .hasMessageContaining("reason");
  }

  @Test
  void anOrderIsRepliedOnceAndClosedOnlyAfterItsReply() {
    SupervisionOrder o = order();
    assertThatThrownBy(() -> o.close("ok", "sup", NOW))
        .isInstanceOf(SupervisionRejectedException.class);
    assertThatThrownBy(() -> o.reply(" ", "dept", NOW, false))
        .isInstanceOf(SupervisionRejectedException.class);
    o.reply("已整改", "dept", NOW, true);
    assertThat(o.state().repliedLate()).isTrue();
    assertThatThrownBy(() -> o.reply("again", "dept", NOW, false))
        .isInstanceOf(SupervisionRejectedException.class)
        .matches(e -> ((SupervisionRejectedException) e).conflict());
    o.close("到位", "sup", NOW);
    assertThat(o.status()).isEqualTo(SupervisionOrder.Status.CLOSED);
  }

  @Test
  void anOrderNeedsAReplyPeriodOfOneToSixtyWorkingDays() {
    assertThatThrownBy(() -> SupervisionOrder.validate("jsx-fgj", "s", "d", 0))
        .hasMessageContaining("replyDays");
    assertThatThrownBy(() -> SupervisionOrder.validate("jsx-fgj", "s", "d", 61))
        .hasMessageContaining("replyDays");
    SupervisionOrder.validate("jsx-fgj", "s", "d", 60);
  }

  private static Card yellow(String dept, Instant at, List<Card> previous) {
    return Card.issue(
        UUID.randomUUID(), Card.Colour.YELLOW, dept, null, "逾期", null, "sup", at, previous);
  }

  private static SupervisionOrder order() {
    return new SupervisionOrder(
        new SupervisionOrder.State(
            UUID.randomUUID(),
            "DB-1",
            "jsx-fgj",
            "s",
            "d",
            null,
            null,
            3,
            UUID.randomUUID(),
            SupervisionOrder.Status.OPEN,
            "sup",
            NOW,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            0));
  }
}
