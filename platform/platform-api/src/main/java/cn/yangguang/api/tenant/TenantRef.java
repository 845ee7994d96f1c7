package cn.yangguang.api.tenant;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A stable reference to one tenant (a county). Immutable and safe to share between threads; hand a
 * copy to asynchronous work instead of relying on the request that started it.
 *
 * @param id the tenant's stable id, never null
 * @param slug the tenant's stable URL name (lower-case letters, digits, hyphen), never null
 * @param provinceCode the 6-digit division code of the tenant's province, used to scope shared rows
 */
public record TenantRef(UUID id, String slug, String provinceCode) {

  private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,39}");

  /** Checks the invariants; throws {@link IllegalArgumentException} on a malformed value. */
  public TenantRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(provinceCode, "provinceCode");
    if (!isValidSlug(slug)) {
      throw new IllegalArgumentException("invalid tenant slug: " + slug);
    }
  }

  /**
   * Whether {@code candidate} has the form of a tenant slug: 2-40 characters, a lower-case letter
   * first, then lower-case letters, digits or hyphens.
   */
  public static boolean isValidSlug(String candidate) {
    return candidate != null && SLUG.matcher(candidate).matches();
  }
}
