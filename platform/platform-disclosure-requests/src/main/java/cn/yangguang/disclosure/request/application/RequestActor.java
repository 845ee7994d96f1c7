package cn.yangguang.disclosure.request.application;

import cn.yangguang.disclosure.request.domain.RequestRejected;
import java.util.Set;

/**
 * A staff member acting on requests: her user name, roles, the agency she works for (her
 * department's code) and whether she sees the whole county (the county's disclosure office, county
 * admins, supervisors). Only disclosure officers act; the others read.
 */
public record RequestActor(
    String username, Set<String> roles, String agencyCode, boolean countyWide) {

  /** The role that handles requests and writes reports. */
  public static final String OFFICER = "discloser";

  public RequestActor {
    roles = Set.copyOf(roles);
  }

  /** Whether she may see the agency's requests and reports. */
  public boolean mayRead(String agency) {
    return countyWide || (agency != null && agency.equals(agencyCode));
  }

  /** Whether she may act on the agency's requests and reports. */
  public boolean mayAct(String agency) {
    return roles.contains(OFFICER) && mayRead(agency);
  }

  /**
   * Refuses an action on another agency's request (as not found, so ids of other agencies say
   * nothing) or by a reader.
   */
  void requireAct(String agency) {
    if (!mayRead(agency)) {
      throw new RequestNotFoundException("no such request of your agency");
    }
    if (!mayAct(agency)) {
      throw RequestRejected.conflict("role", "only a disclosure officer of the agency may act");
    }
  }
}
