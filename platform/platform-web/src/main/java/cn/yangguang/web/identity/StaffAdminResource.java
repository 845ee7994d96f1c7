package cn.yangguang.web.identity;

import cn.yangguang.kernel.identity.application.RoleCatalogue;
import cn.yangguang.kernel.identity.application.StaffAdministration;
import cn.yangguang.kernel.identity.application.StaffAssignment;
import cn.yangguang.kernel.identity.domain.Roles;
import cn.yangguang.kernel.identity.domain.StaffMember;
import cn.yangguang.kernel.identity.domain.StaffRepository;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.kernel.tenancy.application.TenantStructureService;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.security.StaffOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Staff management for a county's admins (role {@code admin}): list, add, assign department, roles
 * and posts, deactivate and reactivate. A change takes effect on the member's next request.
 */
@Path("t/{tenant}/api/v1/staff")
@RequestScoped
@StaffOnly(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class StaffAdminResource {

  @Inject CallerContext context;
  @Inject TenantContext tenants;
  @Inject TenantTransactions transactions;
  @Inject TenantStructureService structures;
  @Inject StaffRepository staff;
  @Inject StaffAdministration administration;
  @Inject RoleCatalogue roles;

  /** A new staff member. */
  public record NewStaff(
      @NotBlank @Size(max = 60) String username,
      @NotBlank @Size(max = 100) String displayName,
      String department,
      List<String> roles,
      List<String> posts) {}

  /** An assignment. */
  public record Assignment(
      @NotBlank @Size(max = 100) String displayName,
      String department,
      List<String> roles,
      List<String> posts) {}

  /** An added member, with her first password when a Keycloak user was created. */
  public record Added(StaffViews.StaffView staff, String temporaryPassword) {}

  /** Every staff member of the county. */
  @GET
  public List<StaffViews.StaffView> list() {
    ResolvedTenant t = tenants.require();
    var structure = structures.structure(t.ref());
    return transactions.call(t.ref(), () -> staff.list()).stream()
        .map(m -> StaffViews.of(m, structure))
        .toList();
  }

  /** The role slugs that can be assigned. */
  @GET
  @Path("roles")
  public List<String> roles() {
    return roles.all();
  }

  /** Adds a member: 201 with her view (and temporary password when her user is new). */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(@NotNull @Valid NewStaff body) {
    ResolvedTenant t = tenants.require();
    StaffAdministration.Added added =
        administration.add(
            t.ref(),
            body.username(),
            new StaffAssignment(
                body.displayName(), body.department(), set(body.roles()), set(body.posts())),
            context.actor());
    return Response.status(201)
        .entity(new Added(view(t, added.member()), added.temporaryPassword()))
        .build();
  }

  /** Replaces a member's name, department, roles and posts. */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public StaffViews.StaffView assign(@PathParam("id") UUID id, @NotNull @Valid Assignment body) {
    ResolvedTenant t = tenants.require();
    StaffMember m =
        administration.assign(
            t.ref(),
            id,
            new StaffAssignment(
                body.displayName(), body.department(), set(body.roles()), set(body.posts())),
            context.actor());
    return view(t, m);
  }

  /** Deactivates a member: she may no longer act here. */
  @POST
  @Path("{id}/deactivate")
  public StaffViews.StaffView deactivate(@PathParam("id") UUID id) {
    ResolvedTenant t = tenants.require();
    return view(t, administration.setActive(t.ref(), id, false, context.actor()));
  }

  /** Reactivates a member. */
  @POST
  @Path("{id}/reactivate")
  public StaffViews.StaffView reactivate(@PathParam("id") UUID id) {
    ResolvedTenant t = tenants.require();
    return view(t, administration.setActive(t.ref(), id, true, context.actor()));
  }

  private StaffViews.StaffView view(ResolvedTenant t, StaffMember m) {
    return StaffViews.of(m, structures.structure(t.ref()));
  }

  private static LinkedHashSet<String> set(List<String> values) {
    return values == null ? new LinkedHashSet<>() : new LinkedHashSet<>(values);
  }
}
