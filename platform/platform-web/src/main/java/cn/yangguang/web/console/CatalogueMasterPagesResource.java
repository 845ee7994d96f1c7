package cn.yangguang.web.console;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.catalogue.application.MasterDiff;
import cn.yangguang.catalogue.application.MasterFollow;
import cn.yangguang.kernel.identity.domain.Roles;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.security.StaffOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The county's catalogue against its province master (省级目录对照), for the county's catalogue admins:
 * which items derive from the master and whether they follow it, the implementation fields where
 * the county departs from the master, and the master items the county has not adopted; and the
 * action that brings the derived items in line with the master now.
 */
@Path("t/{tenant}/console/catalogue/master")
@RequestScoped
@StaffOnly({Roles.ADMIN, Roles.DEPT_ADMIN})
@Produces(MediaType.TEXT_HTML)
public class CatalogueMasterPagesResource {

  /** Notices the page knows. */
  static final Set<String> NOTICES = Set.of("followed");

  @Inject ConsolePages pages;
  @Inject TenantContext tenants;
  @Inject CallerContext context;
  @Inject MasterDiff diff;
  @Inject MasterFollow follow;

  /** The comparison; {@code notice} and {@code count} confirm a follow just made. */
  @GET
  public Response page(@QueryParam("notice") String notice, @QueryParam("count") String count) {
    MasterDiff.Diff d = diff.diff(tenants.require().ref());
    Map<String, Object> model = new HashMap<>();
    model.put("diff", d);
    model.put(
        "behind", d.derived().stream().filter(r -> !r.follows() && !r.masterRetired()).count());
    model.put("deviating", d.derived().stream().filter(r -> !r.deviations().isEmpty()).count());
    String n = count != null && count.matches("\\d{1,6}") ? count : null;
    Optional.ofNullable(Notice.of(notice, NOTICES, n)).ifPresent(x -> model.put("notice", x));
    return pages.page("console-catalogue-master", CataloguePagesResource.HERE, model);
  }

  /**
   * Brings every derived item in line with the master now (the same step that runs after every
   * master import and at start-up); 303 back to the page.
   */
  @POST
  @Path("follow")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response follow() {
    TenantRef t = tenants.require().ref();
    int changed = follow.follow(t, context.actor());
    return pages.seeOther(CataloguePagesResource.HERE + "/master?notice=followed&count=" + changed);
  }
}
