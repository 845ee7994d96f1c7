package cn.yangguang.hotline.domain;

/**
 * Where a ticket is in the closed loop 受理 → 派单 → 签收 → 办理/答复 → 回访 → 办结 (国办发〔2020〕53号). Open311
 * reports {@link #CLOSED} as {@code closed} and every other status as {@code open}.
 */
public enum TicketStatus {
  /** 受理: taken in, not yet dispatched. */
  RECEIVED,
  /** 已派单: dispatched to a lead unit, waiting for its sign-for. */
  DISPATCHED,
  /** 已签收: the lead unit signed for it and is handling it. */
  SIGNED,
  /** 已退单: the lead unit returned it; the dispatcher reviews the return. */
  RETURNED,
  /** 已答复: the unit replied; waiting for the call-back. */
  REPLIED,
  /** 已办结: closed (handled and called back, answered at once, transferred, declined or merged). */
  CLOSED
}
