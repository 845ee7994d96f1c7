package cn.yangguang.api;

/**
 * The version of this API. A plugin declares the version it was written for; the host refuses a
 * plugin whose major version differs or whose minor version is newer than the host's.
 */
public final class ApiVersion {

  /** Incremented on an incompatible change. */
  public static final int MAJOR = 1;

  /**
   * Incremented when something is added compatibly. 1.1 added {@code PluginContext.clocks()},
   * {@code settings()}, {@code audit()}, {@code privacy()} and {@code PluginRequest.department()},
   * {@code formToken()}.
   */
  public static final int MINOR = 1;

  private ApiVersion() {}

  /**
   * Whether a plugin written for {@code major.minor} can run on this API.
   *
   * @param major the plugin's required major version
   * @param minor the plugin's required minor version
   * @return true when the majors match and the host's minor is at least the plugin's
   */
  public static boolean supports(int major, int minor) {
    return major == MAJOR && minor <= MINOR;
  }

  /** The version as {@code major.minor}. */
  public static String string() {
    return MAJOR + "." + MINOR;
  }
}
