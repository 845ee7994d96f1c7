package cn.yangguang.kernel.identity.application;

import java.util.Set;

/**
 * What a tenant admin assigns to a staff member, by code as people type them.
 *
 * @param displayName the name to show
 * @param departmentCode her department's code, or null for none
 * @param roles role slugs
 * @param postCodes codes of the posts she fills
 */
public record StaffAssignment(
    String displayName, String departmentCode, Set<String> roles, Set<String> postCodes) {

  public StaffAssignment {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
    postCodes = postCodes == null ? Set.of() : Set.copyOf(postCodes);
  }
}
