package cn.yangguang.kernel.identity.application;

import cn.yangguang.kernel.tenancy.application.ChangeRejectedException;

/**
 * A staff change that cannot be made as asked: the field names the offending input (e.g. {@code
 * roles}, {@code department}, {@code username}); nothing was changed.
 */
public class StaffChangeRejectedException extends ChangeRejectedException {

  private static final long serialVersionUID = 1L;

  public StaffChangeRejectedException(String field, String reason, boolean conflict) {
    super("staff", field, reason, conflict);
  }
}
