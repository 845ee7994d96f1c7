package cn.yangguang.kernel.tenancy.application;

/**
 * A department or post a tenant admin asked for that cannot be added as asked. The field names the
 * offending input ({@code code}, {@code name}, {@code nameEn}, {@code kind}, {@code department});
 * nothing was changed. Separate from the manifest's validation because the console reports one
 * field at a time, next to that field.
 */
public class StructureChangeRejectedException extends ChangeRejectedException {

  private static final long serialVersionUID = 1L;

  public StructureChangeRejectedException(String field, String reason, boolean conflict) {
    super("structure", field, reason, conflict);
  }
}
