package cn.yangguang.plugins.domain;

import cn.yangguang.api.tenant.TenantRef;
import java.util.List;

/**
 * The counties on the platform, read for work that runs outside any request (plugin jobs and event
 * delivery): on those threads there is no request tenant and no transaction, so the registry is
 * read directly (it holds no county data and is not under row-level security).
 */
public interface CountyRegistry {

  /**
   * One county.
   *
   * @param ref its reference
   * @param active false while it is suspended
   */
  record County(TenantRef ref, boolean active) {}

  /** Every county, by slug. */
  List<County> all();
}
