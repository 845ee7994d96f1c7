package cn.yangguang.web.console;

import cn.yangguang.kernel.identity.application.StaffAssignment;
import cn.yangguang.kernel.identity.domain.StaffMember;
import cn.yangguang.kernel.tenancy.domain.TenantStructure;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The staff form as typed: kept as it came so a refused form is shown again with her input in it.
 *
 * @param username the user name (only when adding)
 * @param department the department's code, or empty for none
 * @param roles the ticked role slugs
 * @param posts the ticked post codes
 */
public record StaffForm(
    String username, String displayName, String department, Set<String> roles, Set<String> posts) {

  /** An empty form. */
  static final StaffForm EMPTY = new StaffForm("", "", "", Set.of(), Set.of());

  public StaffForm {
    username = username == null ? "" : username;
    displayName = displayName == null ? "" : displayName;
    department = department == null ? "" : department;
    roles = Set.copyOf(roles);
    posts = Set.copyOf(posts);
  }

  /** The form as posted (surrounding blanks dropped; unknown fields ignored). */
  static StaffForm from(MultivaluedMap<String, String> form) {
    return new StaffForm(
        strip(form.getFirst("username")),
        strip(form.getFirst("displayName")),
        strip(form.getFirst("department")),
        values(form.get("roles")),
        values(form.get("posts")));
  }

  /** The form filled with a member's current assignments (ids resolved to codes). */
  static StaffForm of(StaffMember m, TenantStructure structure) {
    String department =
        structure.departments().stream()
            .filter(d -> d.id().equals(m.departmentId()))
            .map(TenantStructure.DepartmentView::code)
            .findFirst()
            .orElse("");
    Set<String> posts = new LinkedHashSet<>();
    structure.departments().stream()
        .flatMap(d -> d.posts().stream())
        .filter(p -> m.postIds().contains(p.id()))
        .forEach(p -> posts.add(p.code()));
    return new StaffForm(m.username(), m.displayName(), department, m.roles(), posts);
  }

  /** What the kernel is asked to assign. */
  StaffAssignment assignment() {
    return new StaffAssignment(displayName, department.isEmpty() ? null : department, roles, posts);
  }

  private static String strip(String value) {
    return value == null ? "" : value.strip();
  }

  private static Set<String> values(List<String> values) {
    Set<String> out = new LinkedHashSet<>();
    if (values != null) {
      values.stream().map(String::strip).filter(v -> !v.isEmpty()).forEach(out::add);
    }
    return out;
  }
}
