package cn.yangguang.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unpacking the Keycloak zip once per data folder, and a Keycloak left by a killed launcher. */
class KeycloakDistributionTest {

  @Test
  void unpacksOnceWithExecutableScripts(@TempDir Path dir) throws Exception {
    Path zip = zip(dir.resolve("kc.zip"), Map.of("keycloak-9.9.9/bin/kc.sh", "#!/bin/sh\n"));
    Path home = KeycloakDistribution.unpackOnce(zip, dir.resolve("data/keycloak"));

    assertThat(home).isEqualTo(dir.resolve("data/keycloak/keycloak-9.9.9"));
    assertThat(Files.isExecutable(home.resolve("bin/kc.sh"))).isTrue();
    assertThat(home.resolve("conf")).isDirectory();

    // Keycloak's own data in the copy survives: no second unpack.
    Files.writeString(home.resolve("conf/keycloak.conf"), "kept");
    KeycloakDistribution.unpackOnce(zip, dir.resolve("data/keycloak"));
    assertThat(home.resolve("conf/keycloak.conf")).hasContent("kept");
  }

  @Test
  void anInterruptedUnpackIsDoneAgain(@TempDir Path dir) throws Exception {
    Path zip = zip(dir.resolve("kc.zip"), Map.of("keycloak-9.9.9/bin/kc.sh", "#!/bin/sh\n"));
    Path home = dir.resolve("data/keycloak/keycloak-9.9.9");
    Files.createDirectories(home.resolve("bin"));
    Files.writeString(home.resolve("bin/half-written"), "x");

    KeycloakDistribution.unpackOnce(zip, dir.resolve("data/keycloak"));

    assertThat(home.resolve("bin/half-written")).doesNotExist();
    assertThat(home.resolve("bin/kc.sh")).exists();
  }

  @Test
  void anEntryOutsideTheTopFolderIsRefused(@TempDir Path dir) throws Exception {
    Path zip =
        zip(
            dir.resolve("kc.zip"),
            Map.of("keycloak-9.9.9/bin/kc.sh", "", "keycloak-9.9.9/../../evil", ""));
    assertThatThrownBy(() -> KeycloakDistribution.unpackOnce(zip, dir.resolve("data")))
        .hasMessageContaining("unexpected entry");
    assertThat(dir.resolve("evil")).doesNotExist();
  }

  @Test
  void theExplicitZipMustExist(@TempDir Path dir) {
    assertThatThrownBy(
            () -> KeycloakDistribution.locate(dir, Optional.of(dir.resolve("none.zip").toString())))
        .hasMessageContaining("yg.keycloak.dist");
  }

  @Test
  void aStaleKeycloakOfThisCopyIsStoppedAndOthersAreLeftAlone(@TempDir Path dir) throws Exception {
    Path home = dir.resolve("keycloak-9.9.9");
    Path other = dir.resolve("other/keycloak-9.9.9");
    Process stale = fakeKeycloak(home);
    Process unrelated = fakeKeycloak(other);
    try {
      KeycloakDistribution.stopStale(home);
      assertThat(stale.isAlive()).isFalse();
      assertThat(unrelated.isAlive()).isTrue();
    } finally {
      stale.destroyForcibly();
      unrelated.destroyForcibly();
    }
  }

  /** A stand-in whose command line names {@code <home>/bin/kc.sh}, as the real script's does. */
  private static Process fakeKeycloak(Path home) throws Exception {
    Files.createDirectories(home.resolve("bin"));
    Path script = home.resolve("bin/kc.sh");
    Files.copy(Path.of("/bin/sleep"), script);
    script.toFile().setExecutable(true);
    return new ProcessBuilder(script.toString(), "60").start();
  }

  private static Path zip(Path file, Map<String, String> entries) throws Exception {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("keycloak-9.9.9/"));
      z.putNextEntry(new ZipEntry("keycloak-9.9.9/conf/"));
      for (Map.Entry<String, String> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
    return file;
  }
}
