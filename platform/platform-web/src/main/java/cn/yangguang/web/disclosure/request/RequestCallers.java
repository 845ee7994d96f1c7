package cn.yangguang.web.disclosure.request;

import cn.yangguang.disclosure.request.application.RequestActor;
import cn.yangguang.kernel.identity.domain.Roles;
import cn.yangguang.kernel.identity.domain.StaffMember;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.kernel.tenancy.application.TenantStructureService;
import cn.yangguang.kernel.tenancy.domain.TenantStructure;
import cn.yangguang.web.security.CallerContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who acts on requests in this request: a staff member with the agency of her department. The
 * county's disclosure office (a disclosure officer of the county government's office, kind
 * GOVERNMENT_OFFICE), county admins and supervisors see every agency.
 */
@RequestScoped
public class RequestCallers {

  /** The department kind of the county government's office, home of the disclosure office. */
  static final String COUNTY_OFFICE = "GOVERNMENT_OFFICE";

  @Inject CallerContext context;
  @Inject TenantContext tenants;
  @Inject TenantStructureService structures;

  /** The staff member of a staff route. */
  public RequestActor staff() {
    StaffMember m = context.requireStaff();
    TenantStructure s = structures.structure(tenants.require().ref());
    Optional<TenantStructure.DepartmentView> dept =
        s.departments().stream().filter(d -> d.id().equals(m.departmentId())).findFirst();
    boolean office =
        dept.map(d -> COUNTY_OFFICE.equals(d.kind())).orElse(false)
            && m.roles().contains(RequestActor.OFFICER);
    boolean countyWide =
        office || m.roles().contains(Roles.ADMIN) || m.roles().contains(Roles.SUPERVISOR);
    return new RequestActor(
        m.username(),
        m.roles(),
        dept.map(TenantStructure.DepartmentView::code).orElse(null),
        countyWide);
  }
}
