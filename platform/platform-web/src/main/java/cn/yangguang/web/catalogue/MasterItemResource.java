package cn.yangguang.web.catalogue;

import cn.yangguang.catalogue.application.CatalogueQueries;
import cn.yangguang.catalogue.application.MasterDiff;
import cn.yangguang.kernel.identity.domain.Roles;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.web.security.StaffOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The province master as one county sees it: the master items of its own province (public, like the
 * county's items; a county of another province sees none), and, for the county's catalogue admins,
 * where the county deviates from it.
 */
@Path("t/{tenant}/api/v1/master-items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MasterItemResource {

  @Inject TenantContext tenants;
  @Inject MasterDiff diff;
  @Inject CatalogueQueries queries;

  /** The published master items of the county's province. */
  @GET
  public List<MasterCatalogueResource.MasterItem> list() {
    return queries.master(tenants.require().ref()).stream()
        .map(MasterCatalogueResource.MasterItem::of)
        .toList();
  }

  /**
   * Where the county deviates from its master: derived items (following the master or not, and the
   * implementation fields that differ), master items not adopted, the number of local items.
   */
  @GET
  @Path("diff")
  @StaffOnly({Roles.ADMIN, Roles.DEPT_ADMIN})
  public MasterDiff.Diff diff() {
    return diff.diff(tenants.require().ref());
  }
}
