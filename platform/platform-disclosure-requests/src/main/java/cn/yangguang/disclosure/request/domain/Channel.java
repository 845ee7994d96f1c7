package cn.yangguang.disclosure.request.domain;

import java.time.LocalDate;

/**
 * How a request reached the agency, with the receipt-date rule of Art. 31 of the Regulations: in
 * person, the day it is handed in; registered post, the day the agency signs for it; a plain
 * letter, the day the agency confirms it with the applicant; online or by fax, the day both sides
 * confirm it (for the portal's own form, the day it is submitted: the acknowledgement is
 * immediate).
 */
public enum Channel {
  ONLINE,
  FAX,
  REGISTERED_POST,
  PLAIN_LETTER,
  IN_PERSON;

  /**
   * The dates staff record about a receipt; which one counts depends on the channel.
   *
   * @param handedInOn the day the request was handed in (in person)
   * @param signedForOn the day the agency signed for a registered letter
   * @param confirmedOn the day the agency and the applicant confirmed the request (letter, fax,
   *     online outside the portal)
   */
  public record ReceiptDates(LocalDate handedInOn, LocalDate signedForOn, LocalDate confirmedOn) {

    /** No dates: a request the portal receives itself. */
    public static ReceiptDates none() {
      return new ReceiptDates(null, null, null);
    }
  }

  /** The field a channel's receipt date comes from. */
  public String dateField() {
    return switch (this) {
      case IN_PERSON -> "handedInOn";
      case REGISTERED_POST -> "signedForOn";
      case PLAIN_LETTER, FAX, ONLINE -> "confirmedOn";
    };
  }

  /**
   * The receipt date of a request by this channel.
   *
   * @param dates what staff recorded
   * @param today the county's date, the receipt date of a request made on the portal (or handed in
   *     when no other day is given)
   * @param viaPortal whether the applicant used the portal's form herself
   * @throws RequestRejected when the date the rule needs is missing or in the future
   */
  public LocalDate receivedOn(ReceiptDates dates, LocalDate today, boolean viaPortal) {
    if (this == ONLINE && viaPortal) {
      return today;
    }
    LocalDate d =
        switch (this) {
          case IN_PERSON -> dates.handedInOn() == null ? today : dates.handedInOn();
          case REGISTERED_POST -> dates.signedForOn();
          case PLAIN_LETTER, FAX, ONLINE -> dates.confirmedOn();
        };
    if (d == null) {
      throw RequestRejected.invalid(
          dateField(), "is required: the receipt date of a " + name() + " request (Art. 31)");
    }
    if (d.isAfter(today)) {
      throw RequestRejected.invalid(dateField(), "cannot be after today (" + today + ")");
    }
    if (d.isBefore(today.minusYears(1))) {
      throw RequestRejected.invalid(dateField(), "is more than a year ago");
    }
    return d;
  }
}
