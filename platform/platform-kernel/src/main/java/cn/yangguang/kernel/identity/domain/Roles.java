package cn.yangguang.kernel.identity.domain;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The role slugs of the core. Plugins declare more through the role catalogue (e.g. the hotline's
 * call-taker); a slug is lower-case ASCII so it can appear in URLs, tokens and logs unchanged.
 */
public final class Roles {

  /** Window clerk (窗口受理). */
  public static final String CLERK = "clerk";

  /** Village agent (村级代办员). */
  public static final String AGENT = "agent";

  /** Reviewer (审核). */
  public static final String REVIEWER = "reviewer";

  /** Approver, including a department's chief representative (首席代表). */
  public static final String APPROVER = "approver";

  /** Department admin. */
  public static final String DEPT_ADMIN = "deptadmin";

  /** Disclosure officer (政务公开). */
  public static final String DISCLOSER = "discloser";

  /** Confidentiality reviewer (保密审查). */
  public static final String SECRECY = "secrecy";

  /** Supervisor (效能监察 / 纪检). */
  public static final String SUPERVISOR = "supervisor";

  /** Tenant admin. */
  public static final String ADMIN = "admin";

  /** The core slugs, in the order screens list them. */
  public static final List<String> CORE =
      List.of(CLERK, AGENT, REVIEWER, APPROVER, DEPT_ADMIN, DISCLOSER, SECRECY, SUPERVISOR, ADMIN);

  /** What a role slug looks like. */
  public static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,39}");

  /** Roles that handle cases. */
  public static final Set<String> CASEWORK = Set.of(CLERK, AGENT, REVIEWER, APPROVER);

  private Roles() {}
}
