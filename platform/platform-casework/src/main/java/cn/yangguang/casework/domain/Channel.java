package cn.yangguang.casework.domain;

/** The door an application came through. */
public enum Channel {
  /** The resident applied on the portal, signed in (外网受理). */
  ONLINE,
  /** A window clerk entered it for a walk-in applicant (窗口受理). */
  WINDOW,
  /** A village agent applied on the applicant's behalf (代办). */
  AGENT
}
