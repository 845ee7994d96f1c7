package cn.yangguang.kernel.tenancy.domain;

/** Whether a tenant serves requests. Tenants are never deleted, only suspended. */
public enum TenantStatus {
  /** Serving its portal, console and API. */
  ACTIVE,
  /** Suspended by a platform operator: its routes answer 403 until it is resumed. */
  SUSPENDED
}
