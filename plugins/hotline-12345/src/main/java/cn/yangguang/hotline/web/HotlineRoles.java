package cn.yangguang.hotline.web;

import cn.yangguang.api.plugin.PluginRequest;
import cn.yangguang.api.plugin.PluginRoles;
import cn.yangguang.hotline.application.Handling;
import cn.yangguang.hotline.domain.Assignment;
import cn.yangguang.hotline.domain.TicketException;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/** The hotline's staff roles; a county admin assigns them like the core's. */
@Extension
public class HotlineRoles implements PluginRoles {

  /** 话务员: takes calls, answers enquiries at once, calls back. */
  public static final String TAKER = "hotline-taker";

  /** 派单员: dispatches, reviews returns and extensions, supervises, merges. */
  public static final String DISPATCHER = "hotline-dispatcher";

  /** 承办单位经办人: signs for, returns, asks for extensions and replies for her department. */
  public static final String UNIT = "hotline-unit";

  /** The county administrator (a core role): may do everything here. */
  public static final String ADMIN = "admin";

  private static final List<Role> ROLES =
      List.of(
          new Role(TAKER, "12345话务员", "12345 call-taker"),
          new Role(DISPATCHER, "12345派单员", "12345 dispatcher"),
          new Role(UNIT, "12345承办单位经办人", "12345 handling-unit officer"));

  @Override
  public List<Role> roles() {
    return ROLES;
  }

  /**
   * The unit a caller is confined to: her department when she holds the unit officer's role and no
   * wider one; null when she sees the whole county.
   */
  static String onlyUnit(PluginRequest request, Handling.Actor by) {
    Set<String> roles = request.roles();
    boolean wide =
        roles.contains(TAKER)
            || roles.contains(DISPATCHER)
            || roles.contains(ADMIN)
            || roles.contains("supervisor");
    if (wide) {
      return null;
    }
    return by.department() == null ? "" : by.department();
  }

  /** Fails with 403 when a unit officer asks for a ticket never dispatched to her unit. */
  static void requireVisible(
      PluginRequest request, Handling.Actor by, List<Assignment> dispatches) {
    String unit = onlyUnit(request, by);
    if (unit != null && dispatches.stream().noneMatch(a -> a.unit().equals(unit))) {
      throw new TicketException(403, null, "this ticket was not dispatched to " + unit);
    }
  }
}
