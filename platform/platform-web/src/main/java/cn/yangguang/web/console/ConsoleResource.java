package cn.yangguang.web.console;

import cn.yangguang.kernel.identity.application.RoleCatalogue;
import cn.yangguang.kernel.identity.domain.Roles;
import cn.yangguang.kernel.identity.domain.StaffMember;
import cn.yangguang.kernel.identity.domain.StaffRepository;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.kernel.tenancy.application.TenantStructureService;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import cn.yangguang.web.identity.StaffViews;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.security.StaffOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The console's root: the shell and the dashboard. Every staff member sees her department, posts
 * and roles; the county's admins also see how many active staff hold each role, the first thing to
 * check when work is not being picked up.
 */
@Path("t/{tenant}/console")
@RequestScoped
@StaffOnly
@Produces(MediaType.TEXT_HTML)
public class ConsoleResource {

  @Inject ConsolePages pages;
  @Inject CallerContext context;
  @Inject TenantContext tenants;
  @Inject TenantTransactions transactions;
  @Inject TenantStructureService structures;
  @Inject StaffRepository staff;
  @Inject RoleCatalogue roles;

  /** The number of active staff holding a role. */
  public record RoleCount(String role, long count) {}

  /** Head counts of the county's staff. */
  public record Counts(long active, long inactive, List<RoleCount> byRole) {}

  /** The dashboard. */
  @GET
  public Response dashboard() {
    ResolvedTenant t = tenants.require();
    StaffMember me = context.requireStaff();
    Map<String, Object> model = new HashMap<>();
    model.put("me", StaffViews.of(me, structures.structure(t.ref())));
    if (me.roles().contains(Roles.ADMIN)) {
      model.put("counts", counts(transactions.call(t.ref(), () -> staff.list()), roles.all()));
    }
    return pages.page("console-dashboard", "", model);
  }

  /**
   * Head counts: active and inactive members, and active members per role, in the catalogue's
   * order, followed by roles no longer in the catalogue that someone still holds (a removed
   * plugin).
   */
  static Counts counts(Collection<StaffMember> members, List<String> catalogue) {
    List<StaffMember> active = members.stream().filter(StaffMember::active).toList();
    TreeSet<String> held = new TreeSet<>();
    active.forEach(m -> held.addAll(m.roles()));
    List<String> order = new ArrayList<>(catalogue);
    held.stream().filter(r -> !catalogue.contains(r)).forEach(order::add);
    List<RoleCount> byRole =
        order.stream()
            .map(r -> new RoleCount(r, active.stream().filter(m -> m.roles().contains(r)).count()))
            .toList();
    return new Counts(active.size(), members.size() - active.size(), byRole);
  }
}
