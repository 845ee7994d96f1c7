package cn.yangguang.kernel.tenancy.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rows of a tenant's departments and posts as {@link StructureAdministration} needs them: with
 * who manages each row, and inserts of rows the console manages. A port so that the service stays
 * free of SQL; the JDBC adapter lives in the tenancy infrastructure.
 *
 * <p>Every method must be called inside a transaction of the tenant (see {@link
 * TenantTransactions}); row-level security scopes every statement to it, and outside one nothing is
 * seen and nothing can be written. Implementations are thread-safe and hold no state.
 */
public interface StructureStore {

  /** An existing row found by code: its id and whether it is active. */
  record Existing(UUID id, boolean active) {}

  /** The active departments with their active posts, in display order. */
  List<StructureAdministration.ManagedDepartment> departments();

  /** The department with this code, active or not. */
  Optional<Existing> findDepartment(String code);

  /** The post with this code (in any department), active or not. */
  Optional<Existing> findPost(String code);

  /**
   * Inserts a console-managed department after the existing ones.
   *
   * @return its id, or empty when a row with this code appeared meanwhile (nothing was written)
   */
  Optional<UUID> insertDepartment(UUID tenantId, StructureAdministration.NewDepartment department);

  /**
   * Inserts a console-managed post at the end of its department.
   *
   * @return its id, or empty when a post with this code appeared meanwhile (nothing was written)
   */
  Optional<UUID> insertPost(UUID tenantId, UUID departmentId, StructureAdministration.NewPost post);
}
