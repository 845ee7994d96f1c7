package cn.yangguang.launcher;

/**
 * How the platform reaches its database: one JDBC URL and the three roles of the tenancy design.
 *
 * @param jdbcUrl URL of the platform database, with {@code currentSchema=yg}
 * @param migratorPassword password of {@code yg_migrator}, the schema owner (Flyway)
 * @param appPassword password of {@code yg_app}, the application under row-level security
 * @param systemPassword password of {@code yg_system}, named cross-tenant jobs (BYPASSRLS)
 */
public record DatabaseAccess(
    String jdbcUrl, String migratorPassword, String appPassword, String systemPassword) {

  /** The schema owner role. */
  public static final String MIGRATOR = "yg_migrator";

  /** The application role: no ownership, no BYPASSRLS. */
  public static final String APP = "yg_app";

  /** The role of named cross-tenant jobs. */
  public static final String SYSTEM = "yg_system";

  @Override
  public String toString() {
    return "DatabaseAccess[" + jdbcUrl + "]";
  }
}
