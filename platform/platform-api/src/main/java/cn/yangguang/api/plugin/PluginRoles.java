package cn.yangguang.api.plugin;

import java.util.List;
import java.util.Objects;
import org.pf4j.ExtensionPoint;

/**
 * Staff roles the plugin adds to the platform's role catalogue (e.g. the hotline's call-taker).
 * County admins assign them like core roles; {@link PluginRequest#roles()} reports them.
 *
 * <p><b>Lifecycle.</b> Read once at start. <b>Threading.</b> The starting thread. <b>Nulls.</b>
 * Never returns null. <b>Errors.</b> A malformed slug or one another plugin already declared marks
 * the plugin failed.
 */
public interface PluginRoles extends ExtensionPoint {

  /** The roles this plugin declares. */
  List<Role> roles();

  /**
   * One role.
   *
   * @param slug lower-case ASCII, 2-40 characters, e.g. {@code hotline-taker}; unique platform-wide
   * @param nameZh the role's Chinese name
   * @param nameEn the role's English name
   */
  record Role(String slug, String nameZh, String nameEn) {
    /** Checks that nothing is null. */
    public Role {
      Objects.requireNonNull(slug, "slug");
      Objects.requireNonNull(nameZh, "nameZh");
      Objects.requireNonNull(nameEn, "nameEn");
    }
  }
}
