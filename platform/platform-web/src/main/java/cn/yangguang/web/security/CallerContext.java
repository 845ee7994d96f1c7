package cn.yangguang.web.security;

import cn.yangguang.kernel.identity.application.Caller;
import cn.yangguang.kernel.identity.domain.BrowserSession;
import cn.yangguang.kernel.identity.domain.StaffMember;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Who the current request comes from: set once by {@link AuthenticationFilter} (a verified bearer
 * token, the operator's machine token, or a browser session), completed by the authorization
 * filters with the staff standing in the request's county. One per request, gone with it; work
 * handed to another thread gets the values it needs, never this object.
 */
@RequestScoped
public class CallerContext {

  private Caller caller;
  private BrowserSession session;
  private boolean machineOperator;
  private StaffMember staff;

  void authenticate(Caller caller, BrowserSession session) {
    this.caller = caller;
    this.session = session;
  }

  void authenticateMachineOperator() {
    this.machineOperator = true;
  }

  void standing(StaffMember staff) {
    this.staff = staff;
  }

  /** The authenticated caller, if any (empty for anonymous and machine-operator requests). */
  public Optional<Caller> caller() {
    return Optional.ofNullable(caller);
  }

  /** The browser session the request came with, if it came with one. */
  public Optional<BrowserSession> session() {
    return Optional.ofNullable(session);
  }

  /** Whether the request carried the operator's machine token (automation, break-glass). */
  public boolean machineOperator() {
    return machineOperator;
  }

  /** The caller's staff standing in the request's county, once a staff route checked it. */
  public Optional<StaffMember> staff() {
    return Optional.ofNullable(staff);
  }

  /** The caller's staff standing; for staff routes, where the filter guarantees it. */
  public StaffMember requireStaff() {
    if (staff == null) {
      throw new IllegalStateException("not a staff route: no standing was checked");
    }
    return staff;
  }

  /** The name actions are recorded under: the user name, or {@code operator} for the token. */
  public String actor() {
    if (caller != null) {
      return caller.username();
    }
    return machineOperator ? "operator" : "anonymous";
  }
}
