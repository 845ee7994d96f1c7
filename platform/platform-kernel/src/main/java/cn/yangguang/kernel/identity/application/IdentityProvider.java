package cn.yangguang.kernel.identity.application;

import java.util.Optional;
import java.util.UUID;

/**
 * The platform's door to Keycloak's admin REST API: organizations (one per county, alias = slug),
 * users and memberships.
 *
 * <p>Every method is idempotent where its name says "ensure", so onboarding and staff management
 * can be retried after a failure. Thread-safe. Methods block on the network; call them outside
 * database transactions so a slow Keycloak never holds a connection.
 *
 * @see IdentityProviderUnavailableException thrown by every method when Keycloak is down
 * @see IdentityProviderException thrown when Keycloak refuses a request
 */
public interface IdentityProvider {

  /**
   * Creates the organization with this alias, or renames it when it exists.
   *
   * @return the organization's Keycloak id
   */
  String ensureOrganization(String alias, String name);

  /** The organization with this alias, if it exists. */
  Optional<String> findOrganization(String alias);

  /** The user with exactly this user name, if any. */
  Optional<UUID> findUser(String username);

  /**
   * Creates a user.
   *
   * @param password the initial password, or null for none (she sets one through Keycloak)
   * @param temporary whether she must change the password at first login
   * @return the new user's id
   * @throws IdentityProviderException when the user name is taken
   */
  UUID createUser(String username, String displayName, String password, boolean temporary);

  /** Replaces the user's password. */
  void setPassword(UUID userId, String password, boolean temporary);

  /** Makes the user a member of the organization unless she is one. */
  void ensureMember(String organizationId, UUID userId);

  /** Ends the user's membership of the organization, if any. */
  void removeMember(String organizationId, UUID userId);
}
