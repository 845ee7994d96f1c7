package cn.yangguang.launcher;

import java.util.List;

/** What the launcher prints once the stack is ready: where to open it and how to connect. */
final class Banner {

  private static final List<String> DEMO_TENANTS =
      List.of("jianshi", "kaizhou", "shenqiu", "pingchang");

  private Banner() {}

  static String render(LocalStack stack, long startMillis) {
    StringBuilder b = new StringBuilder();
    String base = stack.baseUrl();
    int port = stack.config().httpPort();
    b.append("\n==================================================================\n");
    b.append(" Yangguang 阳光 is ready (started in ").append(startMillis).append(" ms)\n");
    b.append("==================================================================\n");
    b.append(" County portals (path or host name):\n");
    for (String slug : DEMO_TENANTS) {
      b.append(
          String.format(
              "   %-10s %s/t/%s/   http://%s.%s:%d/%n",
              slug, base, slug, slug, stack.config().domain(), port));
    }
    b.append(" API docs:        ").append(base).append("/swagger-ui\n");
    b.append(" OpenAPI:         ").append(base).append("/openapi\n");
    b.append(" Health:          ").append(base).append("/health/ready\n");
    b.append(" Metrics:         ").append(base).append("/metrics\n");
    b.append(" Operator API:    Authorization: Bearer ").append(stack.operatorToken()).append('\n');
    b.append("                  e.g. curl -H 'Authorization: Bearer ")
        .append(stack.operatorToken())
        .append("' ")
        .append(base)
        .append("/api/v1/platform/tenants\n");
    DatabaseAccess db = stack.database();
    b.append(" Database:        ").append(db.jdbcUrl()).append('\n');
    b.append("                  yg_app / ")
        .append(db.appPassword())
        .append("   (the application, under row-level security)\n");
    b.append("                  yg_migrator / ")
        .append(db.migratorPassword())
        .append("   (schema owner)\n");
    b.append("                  yg_system / ")
        .append(db.systemPassword())
        .append("   (cross-tenant jobs)\n");
    b.append(" Server log:      ").append(stack.server().logFile()).append('\n');
    KeycloakServer keycloak = stack.keycloak();
    b.append(" Keycloak:        ")
        .append(stack.keycloakUrl())
        .append("   (realm ")
        .append(KeycloakServer.REALM)
        .append(keycloak == null ? ", external)\n" : ")\n");
    if (keycloak != null) {
      b.append(" Keycloak admin:  ")
          .append(stack.keycloakUrl())
          .append("/admin/   ")
          .append(KeycloakServer.ADMIN_USER)
          .append(" / ")
          .append(keycloak.adminPassword())
          .append('\n');
      b.append(" Keycloak log:    ").append(keycloak.logFile()).append('\n');
    }
    b.append(" Demo logins:     password Demo@2026, e.g. jianshi.clerk, hubei.admin,\n");
    b.append("                  platform.operator, resident1 (all listed in the README)\n");
    b.append(" Stop with Ctrl-C.\n");
    return b.toString();
  }
}
