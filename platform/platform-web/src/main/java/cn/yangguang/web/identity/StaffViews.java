package cn.yangguang.web.identity;

import cn.yangguang.kernel.identity.domain.StaffMember;
import cn.yangguang.kernel.tenancy.domain.TenantStructure;
import cn.yangguang.kernel.tenancy.domain.TenantStructure.DepartmentView;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Staff members as the API and the console show them: ids resolved to department and post codes and
 * names through the county's structure snapshot.
 */
public final class StaffViews {

  private StaffViews() {}

  /** A department, by code and name. */
  public record Named(String code, String name) {}

  /** A post with its department's code. */
  public record PostRef(String code, String name, String department) {}

  /** One staff member. */
  public record StaffView(
      UUID id,
      UUID userId,
      String username,
      String displayName,
      Named department,
      List<String> roles,
      List<PostRef> posts,
      boolean active) {}

  /** The view of a member. */
  public static StaffView of(StaffMember m, TenantStructure structure) {
    Named department =
        department(structure, m.departmentId())
            .map(d -> new Named(d.code(), d.nameZh()))
            .orElse(null);
    List<PostRef> posts =
        structure.departments().stream()
            .flatMap(
                d ->
                    d.posts().stream()
                        .filter(p -> m.postIds().contains(p.id()))
                        .map(p -> new PostRef(p.code(), p.nameZh(), d.code())))
            .sorted(Comparator.comparing(PostRef::code))
            .toList();
    return new StaffView(
        m.id(),
        m.userId(),
        m.username(),
        m.displayName(),
        department,
        m.roles().stream().sorted().toList(),
        posts,
        m.active());
  }

  private static Optional<DepartmentView> department(TenantStructure s, UUID id) {
    return id == null
        ? Optional.empty()
        : s.departments().stream().filter(d -> d.id().equals(id)).findFirst();
  }
}
