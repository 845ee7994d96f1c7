package cn.yangguang.kernel.tenancy.application;

/** No tenant has the given slug. */
public class TenantNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String slug;

  /** Creates the exception for a slug. */
  public TenantNotFoundException(String slug) {
    super("no county (tenant) named \"" + slug + "\"");
    this.slug = slug;
  }

  /** The slug that was not found. */
  public String slug() {
    return slug;
  }
}
