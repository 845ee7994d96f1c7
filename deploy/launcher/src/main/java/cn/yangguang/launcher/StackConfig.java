package cn.yangguang.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Launcher settings. Each is read from a system property ({@code yg.http.port}) or else the
 * environment ({@code YG_HTTP_PORT}); the README's configuration reference lists them all.
 *
 * @param httpPort the platform's HTTP port
 * @param dataDir where the embedded database, Payara's root and stored files live
 * @param externalDbUrl JDBC URL of an external PostgreSQL, empty for the embedded one
 * @param embeddedDbPort port of the embedded PostgreSQL (0 picks a free one)
 * @param tenantsDir folder of tenant manifests loaded at startup
 * @param domain the domain under which tenants get host names ({@code jianshi.<domain>})
 * @param devClock whether the operator may move the platform clock (local stack only)
 * @param runtimeDir folder holding {@code payara-micro.jar} and {@code ROOT.war}
 * @param javaOptions extra JVM options for the Payara process
 * @param logToConsole whether the server log goes to the console instead of a file
 * @param keycloakPort HTTP port of the Keycloak the launcher starts (0 picks a free one)
 * @param externalKeycloakUrl base URL of an external Keycloak (e.g. {@code
 *     https://id.example.gov.cn}); when present no Keycloak is started, and the platform client's
 *     secret comes from the setting {@code yg.keycloak.platform.secret}
 * @param keycloakDist the Keycloak distribution zip, when not the one the build put in place
 * @param pluginsDir the folder of plugin jars Payara loads at start ({@code plugins/} of the
 *     working directory by default; tests use a folder of their own)
 */
public record StackConfig(
    int httpPort,
    Path dataDir,
    Optional<String> externalDbUrl,
    int embeddedDbPort,
    Path tenantsDir,
    String domain,
    boolean devClock,
    Path runtimeDir,
    String javaOptions,
    boolean logToConsole,
    int keycloakPort,
    Optional<String> externalKeycloakUrl,
    Optional<String> keycloakDist,
    Path pluginsDir) {

  /** Reads the configuration of the local stack from system properties and the environment. */
  public static StackConfig fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  static StackConfig fromEnvironment(Map<String, String> env) {
    Settings s = new Settings(env);
    return new StackConfig(
        Integer.parseInt(s.get("yg.http.port", "8080")),
        Path.of(s.get("yg.data.dir", ".yangguang/local")).toAbsolutePath(),
        Optional.ofNullable(s.get("yg.db.url", null)).filter(v -> !v.isBlank()),
        Integer.parseInt(s.get("yg.db.embedded.port", "15432")),
        Path.of(s.get("yg.tenants.dir", "tenants")).toAbsolutePath(),
        s.get("yg.domain", "localhost"),
        Boolean.parseBoolean(s.get("yg.devclock.enabled", "true")),
        Path.of(s.get("yg.runtime.dir", "deploy/launcher/target/runtime")).toAbsolutePath(),
        s.get("yg.java.options", "-Xmx768m -XX:+UseSerialGC"),
        Boolean.parseBoolean(s.get("yg.log.console", "false")),
        Integer.parseInt(s.get("yg.keycloak.port", "8180")),
        Optional.ofNullable(s.get("yg.keycloak.url", null))
            .filter(v -> !v.isBlank())
            .map(v -> v.endsWith("/") ? v.substring(0, v.length() - 1) : v),
        Optional.ofNullable(s.get("yg.keycloak.dist", null)).filter(v -> !v.isBlank()),
        Path.of(s.get("yg.plugins.dir", "plugins")).toAbsolutePath());
  }

  /**
   * A copy with other ports and folders, for tests and benchmarks that run beside a local stack.
   * Keycloak gets a free port of its own.
   */
  public StackConfig isolated(Path dataDir, int httpPort, int dbPort) {
    return isolated(dataDir, httpPort, dbPort, 0);
  }

  /**
   * A copy with other ports and folders, for tests and benchmarks that run beside a local stack.
   *
   * @param keycloakPort the port of the stack's own Keycloak (0 picks a free one)
   */
  public StackConfig isolated(Path dataDir, int httpPort, int dbPort, int keycloakPort) {
    return new StackConfig(
        httpPort,
        dataDir,
        externalDbUrl,
        dbPort,
        tenantsDir,
        domain,
        devClock,
        runtimeDir,
        javaOptions,
        logToConsole,
        keycloakPort,
        externalKeycloakUrl,
        keycloakDist,
        pluginsDir);
  }

  /** System property first, then the environment variable of the same name in upper snake case. */
  record Settings(Map<String, String> env) {
    String get(String key, String fallback) {
      String value = System.getProperty(key);
      if (value == null) {
        value = env.get(key.toUpperCase(java.util.Locale.ROOT).replace('.', '_'));
      }
      return value == null ? fallback : value;
    }
  }
}
