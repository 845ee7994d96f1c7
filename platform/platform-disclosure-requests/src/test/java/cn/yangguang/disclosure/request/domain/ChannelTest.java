package cn.yangguang.disclosure.request.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The receipt-date rule of Art. 31 for each channel. */
class ChannelTest {

  static final LocalDate TODAY = LocalDate.of(2025, 6, 18);
  static final LocalDate HANDED = LocalDate.of(2025, 6, 10);
  static final LocalDate SIGNED = LocalDate.of(2025, 6, 12);
  static final LocalDate CONFIRMED = LocalDate.of(2025, 6, 16);
  static final Channel.ReceiptDates ALL = new Channel.ReceiptDates(HANDED, SIGNED, CONFIRMED);

  @Test
  void eachChannelTakesItsOwnDate() {
    assertThat(Channel.IN_PERSON.receivedOn(ALL, TODAY, false)).isEqualTo(HANDED);
    assertThat(Channel.REGISTERED_POST.receivedOn(ALL, TODAY, false)).isEqualTo(SIGNED);
    assertThat(Channel.PLAIN_LETTER.receivedOn(ALL, TODAY, false)).isEqualTo(CONFIRMED);
    assertThat(Channel.FAX.receivedOn(ALL, TODAY, false)).isEqualTo(CONFIRMED);
    assertThat(Channel.ONLINE.receivedOn(ALL, TODAY, false)).isEqualTo(CONFIRMED);
    assertThat(Channel.ONLINE.receivedOn(ALL, TODAY, true)).isEqualTo(TODAY);
    assertThat(Channel.IN_PERSON.receivedOn(Channel.ReceiptDates.none(), TODAY, false))
        .isEqualTo(TODAY);
  }

  @Test
  void aMissingOrFutureDateIsRefusedByItsField() {
    assertThatThrownBy(
            () -> Channel.REGISTERED_POST.receivedOn(Channel.ReceiptDates.none(), TODAY, false))
        .isInstanceOf(RequestRejected.class)
        .hasMessageContaining("signedForOn");
    assertThatThrownBy(
            () ->
                Channel.PLAIN_LETTER.receivedOn(
                    new Channel.ReceiptDates(HANDED, null, null), TODAY, false))
        .hasMessageContaining("confirmedOn");
    assertThatThrownBy(
            () ->
                Channel.FAX.receivedOn(
                    new Channel.ReceiptDates(null, null, TODAY.plusDays(1)), TODAY, false))
        .hasMessageContaining("after today");
  }
}
