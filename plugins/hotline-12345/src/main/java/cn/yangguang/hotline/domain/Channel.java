package cn.yangguang.hotline.domain;

/** Where a ticket came from. */
public enum Channel {
  /** The county's own line, typed in by a call-taker. */
  PHONE,
  /** A text message to the county's number, through the SMS gateway's webhook. */
  SMS,
  /** The portal's web form. */
  WEB,
  /** The county head's mailbox (县长信箱) on the portal. */
  MAILBOX,
  /** An Open311 GeoReport v2 client. */
  OPEN311,
  /** Dispatched by the prefecture's 12345 platform. */
  CITY
}
