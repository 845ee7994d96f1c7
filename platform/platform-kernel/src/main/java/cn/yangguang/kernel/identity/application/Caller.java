package cn.yangguang.kernel.identity.application;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An authenticated person, as Keycloak vouched for her: from a verified access token or from the
 * browser session the code flow opened. Says nothing about what she may do: {@link StaffAccess} and
 * {@link OversightAccess} decide that from the platform tables on every request.
 *
 * @param userId the Keycloak user id ({@code sub})
 * @param username the user name ({@code preferred_username})
 * @param displayName the name to show
 * @param organizations aliases (tenant slugs) of the organizations she is a member of
 */
public record Caller(UUID userId, String username, String displayName, Set<String> organizations) {

  public Caller {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(username, "username");
    displayName = displayName == null || displayName.isBlank() ? username : displayName;
    organizations = Set.copyOf(organizations);
  }

  /** Whether she is a member of the county's organization. */
  public boolean memberOf(String tenantSlug) {
    return organizations.contains(tenantSlug);
  }
}
