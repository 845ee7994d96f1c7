package cn.yangguang.kernel.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The staff of the tenant whose transaction is running. Every method must be called inside that
 * tenant's transaction (row-level security scopes it; outside one it sees nobody).
 */
public interface StaffRepository {

  /** The staff member who is this Keycloak user, if any. */
  Optional<StaffMember> findByUser(UUID userId);

  /** The staff member with this id, if any. */
  Optional<StaffMember> find(UUID staffId);

  /** Every staff member, active or not, ordered by user name. */
  List<StaffMember> list();

  /**
   * Stores the member: inserts or updates her row and replaces her roles and posts with the given
   * ones (unchanged grants keep their original grant time).
   *
   * @param actor who made the change, recorded with each new grant
   */
  void save(StaffMember member, String actor);
}
