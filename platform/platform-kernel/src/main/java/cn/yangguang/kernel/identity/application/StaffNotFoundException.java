package cn.yangguang.kernel.identity.application;

import java.util.UUID;

/** No staff member with this id in the county (404; an id of another county is unknown here). */
public class StaffNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StaffNotFoundException(UUID id) {
    super("no staff member " + id + " in this county");
  }
}
