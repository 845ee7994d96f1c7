package cn.yangguang.web.supervision;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.kernel.identity.domain.Roles;
import cn.yangguang.kernel.identity.domain.StaffMember;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.kernel.tenancy.application.TenantStructureService;
import cn.yangguang.supervision.application.SupervisionOrders;
import cn.yangguang.supervision.domain.SupervisionRejectedException;
import cn.yangguang.web.http.FieldError;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.security.Refusals;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;

/**
 * The county and the staff member of a supervision request, and the translation of supervision's
 * refusals into the problem contract (404, 409, 422 with the field, 403).
 */
@RequestScoped
public class SupervisionCallers {

  @Inject TenantContext tenants;
  @Inject CallerContext context;
  @Inject TenantStructureService structure;

  public TenantRef tenant() {
    return tenants.require().ref();
  }

  /** The staff member of a staff route. */
  public StaffMember staff() {
    return context.requireStaff();
  }

  /** Her user name, for the audit. */
  public String actor() {
    return staff().username();
  }

  /** The code of her department, or null. */
  public String department() {
    StaffMember m = staff();
    return structure.structure(tenant()).departments().stream()
        .filter(d -> d.id().equals(m.departmentId()))
        .map(d -> d.code())
        .findFirst()
        .orElse(null);
  }

  /** Whether she is a county admin. */
  public boolean countyAdmin() {
    return staff().roles().contains(Roles.ADMIN);
  }

  /** Runs a supervision action, answering its refusals by the problem contract. */
  public static <T> T call(Supplier<T> action) {
    try {
      return action.get();
    } catch (SupervisionRejectedException e) {
      throw problem(e);
    } catch (SupervisionOrders.NotYourOrderException e) {
      throw Refusals.forbidden(e.getMessage());
    }
  }

  /** The problem answering a refusal. */
  public static ProblemException problem(SupervisionRejectedException e) {
    if (e.missing()) {
      return ProblemException.notFound(e.getMessage().replaceFirst("^id no ", ""));
    }
    if (e.conflict()) {
      return new ProblemException(409, "Conflict", e.getMessage() + "; nothing was changed");
    }
    return new ProblemException(
        422,
        "Invalid supervision input",
        e.getMessage() + "; nothing was changed",
        List.of(new FieldError(e.field(), e.getMessage())));
  }
}
