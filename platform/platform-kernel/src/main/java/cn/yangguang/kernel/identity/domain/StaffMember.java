package cn.yangguang.kernel.identity.domain;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A person on the staff of one county: her Keycloak user id, the department she belongs to, the
 * role slugs she holds there and the posts she fills (the workflow's candidate groups). The same
 * person in two counties is two staff members. Immutable; changes produce a new value that the
 * {@link StaffRepository} stores.
 *
 * @param id the staff member's id within the tenant
 * @param userId the Keycloak user id (the token's {@code sub}); never changes
 * @param username the Keycloak user name, for people and the audit
 * @param displayName the name shown on screens
 * @param departmentId her department, or null (e.g. a village agent outside any department)
 * @param active false once deactivated: she keeps her history but may no longer act
 * @param roles role slugs (see {@link Roles})
 * @param postIds posts she fills
 */
public record StaffMember(
    UUID id,
    UUID userId,
    String username,
    String displayName,
    UUID departmentId,
    boolean active,
    Set<String> roles,
    Set<UUID> postIds) {

  public StaffMember {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(displayName, "displayName");
    roles = Set.copyOf(roles);
    postIds = Set.copyOf(postIds);
  }

  /** Whether she may act in the county at all: active and holding at least one role. */
  public boolean mayAct() {
    return active && !roles.isEmpty();
  }

  /** Whether she may act in the county in one of {@code anyOf} (any role when empty). */
  public boolean mayActAs(Set<String> anyOf) {
    return mayAct() && (anyOf.isEmpty() || roles.stream().anyMatch(anyOf::contains));
  }

  /** A copy with other assignments. */
  public StaffMember assigned(
      String displayName, UUID departmentId, Set<String> roles, Set<UUID> postIds) {
    return new StaffMember(id, userId, username, displayName, departmentId, active, roles, postIds);
  }

  /** A copy that is active or not. */
  public StaffMember withActive(boolean active) {
    return new StaffMember(id, userId, username, displayName, departmentId, active, roles, postIds);
  }
}
