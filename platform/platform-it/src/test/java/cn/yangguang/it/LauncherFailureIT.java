package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.launcher.DatabaseAccess;
import cn.yangguang.migrations.PlatformMigrations;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The launcher refuses a schema it cannot trust: an applied migration that was edited afterwards
 * stops the start with a clear message and exit code 2, before any server is started.
 */
@ExtendWith(TestStack.class)
@Order(8)
class LauncherFailureIT {

  @Test
  void aTamperedMigrationStopsTheStartWithExitCode2() throws Exception {
    DataSource owner = MigrationsIT.emptyDatabase();
    new PlatformMigrations(owner).migrate();
    try (Connection c = owner.getConnection()) {
      c.createStatement()
          .executeUpdate(
              "UPDATE yg.flyway_schema_history SET checksum = 12345 WHERE version = '1'");
    }
    String url = ((org.postgresql.ds.PGSimpleDataSource) owner).getURL();
    DatabaseAccess db = TestStack.get().database();
    Path dataDir = Files.createTempDirectory("launcher-failure");
    ProcessBuilder pb =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "cn.yangguang.launcher.Launcher")
            .redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("YG_DB_URL", url);
    env.put("YG_DB_MIGRATOR_PASSWORD", db.migratorPassword());
    env.put("YG_DB_APP_PASSWORD", db.appPassword());
    env.put("YG_DB_SYSTEM_PASSWORD", db.systemPassword());
    env.put("YG_DATA_DIR", dataDir.toString());
    env.put("YG_HTTP_PORT", Integer.toString(freePort()));
    // the failure comes before Keycloak is needed: point at an external one instead of starting one
    env.put("YG_KEYCLOAK_URL", "http://localhost:" + freePort());
    env.put("YG_KEYCLOAK_PLATFORM_SECRET", "unused-by-this-test");
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(output).isEqualTo(2);
    assertThat(output)
        .contains("Yangguang did not start: database migration failed")
        .containsIgnoringCase("checksum");
    assertThat(Files.exists(dataDir.resolve("server"))).as("no server was started").isFalse();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
