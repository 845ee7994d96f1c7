package cn.yangguang.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Keycloak settings of the launcher. */
class StackConfigTest {

  @Test
  void byDefaultTheLauncherStartsItsOwnKeycloakOn8180() {
    StackConfig c = StackConfig.fromEnvironment(Map.of());
    assertThat(c.keycloakPort()).isEqualTo(8180);
    assertThat(c.externalKeycloakUrl()).isEmpty();
    assertThat(c.keycloakDist()).isEmpty();
  }

  @Test
  void anExternalKeycloakIsNamedByItsUrl() {
    StackConfig c =
        StackConfig.fromEnvironment(
            Map.of("YG_KEYCLOAK_URL", "https://id.example.gov.cn/", "YG_KEYCLOAK_PORT", "9180"));
    assertThat(c.externalKeycloakUrl()).contains("https://id.example.gov.cn");
    assertThat(c.keycloakPort()).isEqualTo(9180);
  }

  @Test
  void anIsolatedCopyHasItsOwnKeycloakPort() {
    StackConfig base = StackConfig.fromEnvironment(Map.of());
    assertThat(base.isolated(Path.of("/tmp/x"), 1, 2, 3).keycloakPort()).isEqualTo(3);
    assertThat(base.isolated(Path.of("/tmp/x"), 1, 2).keycloakPort()).isZero();
  }
}
