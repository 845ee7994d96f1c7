package cn.yangguang.web.casework;

import cn.yangguang.casework.application.StaffActor;
import cn.yangguang.kernel.identity.application.Caller;
import cn.yangguang.kernel.identity.application.StaffAccess;
import cn.yangguang.kernel.identity.domain.StaffMember;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.kernel.tenancy.application.TenantStructureService;
import cn.yangguang.kernel.tenancy.domain.TenantStructure;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.CallerContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is acting on cases in this request: a county staff member with the codes of her posts (the
 * steps she may act on), or a signed-in resident.
 */
@RequestScoped
public class CaseworkCallers {

  @Inject CallerContext context;
  @Inject StaffAccess access;
  @Inject TenantContext tenants;
  @Inject TenantStructureService structures;

  /** The staff member of a staff route (the filter checked her standing). */
  public StaffActor staff() {
    return actor(context.requireStaff());
  }

  /** The caller's staff standing in this county, if she has one (for routes residents use too). */
  public Optional<StaffActor> staffIfAny() {
    return context
        .caller()
        .flatMap(c -> access.standing(tenants.require().ref(), c))
        .filter(StaffMember::mayAct)
        .map(this::actor);
  }

  /** The signed-in person (resident or staff). */
  public Caller person() {
    return context
        .caller()
        .orElseThrow(
            () -> new ProblemException(401, "Sign-in required", "this needs a signed-in user"));
  }

  private StaffActor actor(StaffMember m) {
    TenantStructure s = structures.structure(tenants.require().ref());
    Set<String> posts =
        s.departments().stream()
            .flatMap(d -> d.posts().stream())
            .filter(p -> m.postIds().contains(p.id()))
            .map(TenantStructure.PostView::code)
            .collect(Collectors.toSet());
    return new StaffActor(m.username(), m.roles(), posts);
  }
}
