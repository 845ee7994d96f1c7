package cn.yangguang.catalogue.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.catalogue.domain.CodeBook;

/** The catalogue's code lists as a county sees them, read fresh for each use (they are small). */
public interface CodeBooks {

  /** The county's code book; opens (or joins) the county's transaction. */
  CodeBook of(TenantRef tenant);

  /** A province's code book (national and province entries), for its master catalogue. */
  CodeBook ofProvince(String provinceCode);
}
