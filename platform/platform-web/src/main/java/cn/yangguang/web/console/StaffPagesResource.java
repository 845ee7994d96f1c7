package cn.yangguang.web.console;

import cn.yangguang.kernel.identity.application.IdentityProviderUnavailableException;
import cn.yangguang.kernel.identity.application.RoleCatalogue;
import cn.yangguang.kernel.identity.application.StaffAdministration;
import cn.yangguang.kernel.identity.application.StaffChangeRejectedException;
import cn.yangguang.kernel.identity.domain.Roles;
import cn.yangguang.kernel.identity.domain.StaffMember;
import cn.yangguang.kernel.identity.domain.StaffRepository;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.kernel.tenancy.application.TenantStructureService;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import cn.yangguang.kernel.tenancy.domain.TenantStructure;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.identity.StaffViews;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.security.StaffOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Staff management pages for a county's admins: the list with the form to add a member, one
 * member's assignments, and (de)activation. The kernel's {@link StaffAdministration} does the work
 * and the checks; these pages turn its refusals into messages next to the fields (422, or 409 for a
 * conflict) with the input kept, and a Keycloak outage into a page saying nothing changed (503).
 */
@Path("t/{tenant}/console/staff")
@RequestScoped
@StaffOnly(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class StaffPagesResource {

  private static final String HERE = "staff";

  @Inject ConsolePages pages;
  @Inject TenantContext tenants;
  @Inject TenantTransactions transactions;
  @Inject TenantStructureService structures;
  @Inject StaffRepository staff;
  @Inject StaffAdministration administration;
  @Inject RoleCatalogue roles;
  @Inject CallerContext context;

  /** The staff list and the form to add a member; {@code notice} confirms a change just made. */
  @GET
  public Response list(@QueryParam("notice") String notice, @QueryParam("id") String id) {
    return listPage(200, StaffForm.EMPTY, Map.of(), notice, id);
  }

  /**
   * Adds a member. A new Keycloak user's temporary password is shown once, on a page answered
   * directly (201, never stored by a cache, never in an address); otherwise 303 to the list.
   */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response add(MultivaluedMap<String, String> body) {
    ResolvedTenant t = tenants.require();
    StaffForm form = StaffForm.from(body);
    StaffAdministration.Added added;
    try {
      added = administration.add(t.ref(), form.username(), form.assignment(), context.actor());
    } catch (StaffChangeRejectedException e) {
      return listPage(
          status(e), form, FieldMessage.of("staff", e.field(), e.getMessage(), e.conflict()));
    } catch (IdentityProviderUnavailableException e) {
      return unavailable();
    }
    StaffMember m = added.member();
    if (added.temporaryPassword() == null) {
      return pages.seeOther("staff?notice=added&id=" + m.id());
    }
    Map<String, Object> model = new HashMap<>();
    model.put("member", StaffViews.of(m, structures.structure(t.ref())));
    model.put("temporaryPassword", added.temporaryPassword());
    return Response.fromResponse(pages.page(201, "console-staff-added", HERE, model))
        .location(URI.create(pages.base() + "/staff/" + m.id()))
        .build();
  }

  /** One member's assignments, with the forms to change them and to (de)activate her. */
  @GET
  @Path("{id}")
  public Response edit(@PathParam("id") UUID id) {
    StaffMember m = member(id);
    return editPage(200, m, StaffForm.of(m, structure()), Map.of());
  }

  /** Replaces her name, department, roles and posts; 303 to the list. */
  @POST
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response assign(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
    StaffMember m = member(id);
    StaffForm form = StaffForm.from(body);
    form =
        new StaffForm(
            m.username(), form.displayName(), form.department(), form.roles(), form.posts());
    try {
      administration.assign(tenants.require().ref(), id, form.assignment(), context.actor());
    } catch (StaffChangeRejectedException e) {
      if ("id".equals(e.field())) {
        throw ProblemException.notFound("staff member");
      }
      return editPage(
          status(e), m, form, FieldMessage.of("staff", e.field(), e.getMessage(), e.conflict()));
    }
    return pages.seeOther("staff?notice=saved&id=" + id);
  }

  /**
   * Deactivates ({@code active=false}) or reactivates ({@code active=true}) her; 303 to the list.
   */
  @POST
  @Path("{id}/active")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response active(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
    String value = body.getFirst("active");
    if (!"true".equals(value) && !"false".equals(value)) {
      throw ProblemException.badField("active", "true or false");
    }
    boolean active = Boolean.parseBoolean(value);
    member(id);
    try {
      administration.setActive(tenants.require().ref(), id, active, context.actor());
    } catch (StaffChangeRejectedException e) {
      throw ProblemException.notFound("staff member");
    }
    return pages.seeOther("staff?notice=" + (active ? "activated" : "deactivated") + "&id=" + id);
  }

  private Response listPage(int status, StaffForm form, Map<String, FieldMessage> errors) {
    return listPage(status, form, errors, null, null);
  }

  private Response listPage(
      int status, StaffForm form, Map<String, FieldMessage> errors, String notice, String id) {
    ResolvedTenant t = tenants.require();
    TenantStructure structure = structure();
    List<StaffViews.StaffView> members =
        transactions.call(t.ref(), () -> staff.list()).stream()
            .map(m -> StaffViews.of(m, structure))
            .toList();
    String named =
        members.stream()
            .filter(m -> m.id().toString().equals(id))
            .map(StaffViews.StaffView::displayName)
            .findFirst()
            .orElse(null);
    Map<String, Object> model = new HashMap<>();
    model.put("staff", members);
    model.put("form", form);
    model.put("errors", errors);
    model.put("departments", structure.departments());
    model.put("roles", roles.all());
    Optional.ofNullable(Notice.of(notice, Notice.STAFF, named))
        .ifPresent(n -> model.put("notice", n));
    return pages.page(status, "console-staff", HERE, model);
  }

  private Response editPage(
      int status, StaffMember m, StaffForm form, Map<String, FieldMessage> errors) {
    TenantStructure structure = structure();
    Map<String, Object> model = new HashMap<>();
    model.put("member", StaffViews.of(m, structure));
    model.put("self", m.id().equals(context.requireStaff().id()));
    model.put("form", form);
    model.put("errors", errors);
    model.put("departments", structure.departments());
    model.put("roles", roles.all());
    return pages.page(status, "console-staff-edit", HERE + "/" + m.id(), model);
  }

  private Response unavailable() {
    return Response.fromResponse(pages.page(503, "console-unavailable", HERE, Map.of()))
        .header("Retry-After", "30")
        .build();
  }

  private StaffMember member(UUID id) {
    return transactions
        .call(tenants.require().ref(), () -> staff.find(id))
        .orElseThrow(() -> ProblemException.notFound("staff member"));
  }

  private TenantStructure structure() {
    return structures.structure(tenants.require().ref());
  }

  private static int status(StaffChangeRejectedException e) {
    return e.conflict() ? 409 : 422;
  }
}
