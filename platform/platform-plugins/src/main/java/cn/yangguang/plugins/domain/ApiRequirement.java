package cn.yangguang.plugins.domain;

import cn.yangguang.api.ApiVersion;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform API version a plugin declares it needs, from its manifest's {@code Plugin-Requires}
 * ({@code 1.0}, or {@code >=1.0}: both mean "major 1, minor 0 or later").
 *
 * @param major the required major version
 * @param minor the lowest minor version the plugin works with
 */
public record ApiRequirement(int major, int minor) {

  private static final Pattern FORM =
      Pattern.compile("\\s*(?:>=\\s*)?(\\d+)\\.(\\d+)(?:\\.\\d+)?\\s*");

  /**
   * Reads a declaration; empty when it is missing or malformed (the host then refuses the plugin: a
   * plugin must say what it was written for).
   */
  public static Optional<ApiRequirement> parse(String declared) {
    if (declared == null) {
      return Optional.empty();
    }
    Matcher m = FORM.matcher(declared);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new ApiRequirement(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
  }

  /** Whether this platform's API satisfies the requirement. */
  public boolean satisfied() {
    return ApiVersion.supports(major, minor);
  }

  /**
   * Why a plugin with this declaration cannot run here, or empty when it can.
   *
   * @param pluginId the plugin, for the message
   * @param declared the raw declaration
   */
  public static Optional<String> refusal(String pluginId, String declared) {
    Optional<ApiRequirement> r = parse(declared);
    if (r.isEmpty()) {
      return Optional.of(
          "plugin "
              + pluginId
              + " does not declare the platform API version it needs (manifest Plugin-Requires,"
              + " e.g. "
              + ApiVersion.string()
              + "); found: "
              + (declared == null || declared.isBlank() ? "nothing" : "'" + declared + "'"));
    }
    if (r.get().satisfied()) {
      return Optional.empty();
    }
    String why =
        r.get().major() != ApiVersion.MAJOR
            ? "the major versions differ"
            : "it needs a newer minor version";
    return Optional.of(
        "plugin "
            + pluginId
            + " requires platform API "
            + r.get().major()
            + "."
            + r.get().minor()
            + " but this platform provides "
            + ApiVersion.string()
            + " ("
            + why
            + "); it was not started");
  }
}
