package cn.yangguang.web.console;

import cn.yangguang.kernel.identity.domain.Roles;
import cn.yangguang.kernel.tenancy.application.StructureAdministration;
import cn.yangguang.kernel.tenancy.application.StructureAdministration.ManagedDepartment;
import cn.yangguang.kernel.tenancy.application.StructureAdministration.NewDepartment;
import cn.yangguang.kernel.tenancy.application.StructureAdministration.NewPost;
import cn.yangguang.kernel.tenancy.application.StructureChangeRejectedException;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Departments and posts for a county's admins: what the county has (the manifest's rows read-only,
 * the console's marked as such), and forms to add a department or a post to one. The kernel's
 * {@link StructureAdministration} checks and writes; a refusal re-renders the page with 422 (or 409
 * for a code already taken), the message next to the field and the input kept.
 */
@Path("t/{tenant}/console/departments")
@RequestScoped
@StaffOnly(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class DepartmentPagesResource {

  private static final String HERE = "departments";

  @Inject ConsolePages pages;
  @Inject TenantContext tenants;
  @Inject StructureAdministration administration;
  @Inject CallerContext context;

  /**
   * The department form as typed.
   *
   * @param name the Chinese name
   */
  public record DepartmentForm(String code, String name, String nameEn, String kind) {

    static final DepartmentForm EMPTY = new DepartmentForm("", "", "", "");

    static DepartmentForm from(MultivaluedMap<String, String> form) {
      return new DepartmentForm(
          value(form, "code"), value(form, "name"), value(form, "nameEn"), value(form, "kind"));
    }
  }

  /** The post form as typed. */
  public record PostForm(String department, String code, String name) {

    static final PostForm EMPTY = new PostForm("", "", "");

    static PostForm from(MultivaluedMap<String, String> form) {
      return new PostForm(value(form, "department"), value(form, "code"), value(form, "name"));
    }
  }

  /** The page; {@code notice} and {@code code} confirm a department or post just added. */
  @GET
  public Response list(@QueryParam("notice") String notice, @QueryParam("code") String code) {
    List<ManagedDepartment> departments = administration.departments(tenants.require().ref());
    Map<String, Object> model = model(departments);
    Optional.ofNullable(Notice.of(notice, Notice.STRUCTURE, named(departments, notice, code)))
        .ifPresent(n -> model.put("notice", n));
    return pages.page("console-departments", HERE, model);
  }

  /** Adds a department; 303 back to the page. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response addDepartment(MultivaluedMap<String, String> body) {
    DepartmentForm form = DepartmentForm.from(body);
    try {
      ManagedDepartment d =
          administration.addDepartment(
              tenants.require().ref(),
              new NewDepartment(form.code(), form.name(), form.nameEn(), form.kind()),
              context.actor());
      return pages.seeOther(HERE + "?notice=department&code=" + d.code());
    } catch (StructureChangeRejectedException e) {
      Map<String, Object> model = model(administration.departments(tenants.require().ref()));
      model.put("departmentForm", form);
      model.put("departmentErrors", errors("department", e));
      return pages.page(status(e), "console-departments", HERE, model);
    }
  }

  /** Adds a post to a department; 303 back to the page. */
  @POST
  @Path("posts")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response addPost(MultivaluedMap<String, String> body) {
    PostForm form = PostForm.from(body);
    try {
      StructureAdministration.ManagedPost p =
          administration.addPost(
              tenants.require().ref(),
              new NewPost(form.department(), form.code(), form.name()),
              context.actor());
      return pages.seeOther(HERE + "?notice=post&code=" + p.code());
    } catch (StructureChangeRejectedException e) {
      Map<String, Object> model = model(administration.departments(tenants.require().ref()));
      model.put("postForm", form);
      model.put("postErrors", errors("post", e));
      return pages.page(status(e), "console-departments", HERE, model);
    }
  }

  private static Map<String, Object> model(List<ManagedDepartment> departments) {
    Map<String, Object> model = new HashMap<>();
    model.put("departments", departments);
    model.put("kinds", StructureAdministration.DEPARTMENT_KINDS);
    model.put("departmentForm", DepartmentForm.EMPTY);
    model.put("postForm", PostForm.EMPTY);
    model.put("departmentErrors", Map.of());
    model.put("postErrors", Map.of());
    return model;
  }

  /** The name of the department or post a notice confirms, from the data (null when unknown). */
  static String named(List<ManagedDepartment> departments, String notice, String code) {
    if (code == null) {
      return null;
    }
    if ("department".equals(notice)) {
      return departments.stream()
          .filter(d -> d.code().equals(code))
          .map(ManagedDepartment::nameZh)
          .findFirst()
          .orElse(null);
    }
    return departments.stream()
        .flatMap(d -> d.posts().stream())
        .filter(p -> p.code().equals(code))
        .map(StructureAdministration.ManagedPost::nameZh)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  private static Map<String, FieldMessage> errors(String form, StructureChangeRejectedException e) {
    return FieldMessage.of(form, e.field(), e.getMessage(), e.conflict());
  }

  private static int status(StructureChangeRejectedException e) {
    return e.conflict() ? 409 : 422;
  }

  private static String value(MultivaluedMap<String, String> form, String field) {
    String v = form.getFirst(field);
    return v == null ? "" : v.strip();
  }
}
