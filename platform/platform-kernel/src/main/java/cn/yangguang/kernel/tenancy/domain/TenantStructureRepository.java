package cn.yangguang.kernel.tenancy.domain;

import cn.yangguang.kernel.tenancy.manifest.TenantManifest;
import java.util.UUID;

/**
 * Reads and replaces a tenant's structure. Both methods must run inside a transaction of that
 * tenant; row-level security scopes every statement to it.
 */
public interface TenantStructureRepository {

  /** The tenant's active structure. */
  TenantStructure load(UUID tenantId);

  /**
   * Makes the stored structure match the manifest: rows are matched by code, new ones inserted,
   * changed ones updated, missing ones deactivated (never deleted: cases and documents refer to
   * them).
   */
  void synchronize(UUID tenantId, TenantManifest manifest);
}
