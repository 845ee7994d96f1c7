package cn.yangguang.kernel.tenancy.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant registry. Platform-level: readable without a tenant set, since resolution needs it.
 */
public interface TenantRepository {

  /** The tenant with this slug, if any (any status). */
  Optional<Tenant> findBySlug(String slug);

  /** The tenant with this id, if any. */
  Optional<Tenant> findById(UUID id);

  /** All tenants ordered by province, then division code. */
  List<Tenant> findAll();

  /** Stores a new tenant; changes to a loaded one are saved with its transaction. */
  void add(Tenant tenant);
}
