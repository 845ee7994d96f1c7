package cn.yangguang.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Keycloak server distribution ({@code org.keycloak:keycloak-quarkus-dist} zip from Maven
 * Central): where the zip is, its one-time unpacking into the data folder, and a Keycloak left
 * running by a killed launcher.
 *
 * <p>The zip is looked for in three places so that every user of {@link LocalStack} finds it
 * without its own build step: the setting {@code yg.keycloak.dist}, then {@code keycloak-dist.zip}
 * in the runtime folder (the launcher's build copies it there), then the local Maven repository,
 * where the launcher's build has resolved it (the integration tests and the benchmark have runtime
 * folders of their own).
 */
final class KeycloakDistribution {

  private static final Logger LOG = Logger.getLogger(KeycloakDistribution.class.getName());

  /** Written into the unpacked folder last: a folder without it is a broken unpack. */
  private static final String MARKER = ".yangguang-unpacked";

  private KeycloakDistribution() {}

  /** The Keycloak version the launcher was built with (the root POM's {@code keycloak.version}). */
  static String version() {
    try (InputStream in = KeycloakDistribution.class.getResourceAsStream("keycloak.properties")) {
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("keycloak.version");
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("keycloak.properties is missing from the launcher", e);
    }
  }

  /** Finds the distribution zip (see the class comment for the order). */
  static Path locate(Path runtimeDir, Optional<String> explicit) {
    if (explicit.isPresent()) {
      Path p = Path.of(explicit.get()).toAbsolutePath();
      if (!Files.isRegularFile(p)) {
        throw new IllegalStateException("yg.keycloak.dist points at " + p + ", which is no file");
      }
      return p;
    }
    Path inRuntime = runtimeDir.resolve("keycloak-dist.zip");
    String v = version();
    Path repo =
        Path.of(
            System.getProperty(
                "maven.repo.local", System.getProperty("user.home") + "/.m2/repository"));
    Path inRepo =
        repo.resolve("org/keycloak/keycloak-quarkus-dist/" + v)
            .resolve("keycloak-quarkus-dist-" + v + ".zip");
    for (Path candidate : List.of(inRuntime, inRepo)) {
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "the Keycloak distribution is missing: neither "
            + inRuntime
            + " nor "
            + inRepo
            + " exists. Build first (./mvnw package -DskipTests), or set yg.keycloak.dist");
  }

  /**
   * Unpacks the zip into {@code parent/keycloak-<version>} unless a complete copy is there already,
   * and returns that folder. A copy without the marker (an interrupted unpack) is replaced.
   */
  static Path unpackOnce(Path zip, Path parent) {
    try (ZipFile z = new ZipFile(zip.toFile())) {
      String top = topFolder(z);
      Path home = parent.resolve(top).toAbsolutePath().normalize();
      if (Files.exists(home.resolve(MARKER))) {
        return home;
      }
      LOG.info("unpacking " + zip + " into " + home);
      Folders.deleteRecursively(home);
      Files.createDirectories(home);
      Enumeration<? extends ZipEntry> entries = z.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        Path target = parent.resolve(e.getName()).toAbsolutePath().normalize();
        if (!target.startsWith(home)) {
          throw new IllegalStateException("unexpected entry in " + zip + ": " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = z.getInputStream(e)) {
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        if (e.getName().startsWith(top + "/bin/") && e.getName().endsWith(".sh")) {
          target.toFile().setExecutable(true, false);
        }
      }
      Files.writeString(home.resolve(MARKER), zip.getFileName() + "\n");
      return home;
    } catch (IOException e) {
      throw new UncheckedIOException("could not unpack " + zip + " into " + parent, e);
    }
  }

  /**
   * Stops a Keycloak that still runs from {@code home}: a killed launcher (SIGKILL, a crashed test
   * JVM) leaves its Keycloak child running, holding the port and the H2 database. Recognised by the
   * command line naming this unpacked copy, so a Keycloak of another data folder (the local stack
   * beside a test run) is never touched.
   */
  static void stopStale(Path home) {
    String needle = home.resolve("bin").toString() + "/"; // kc.sh, and java's -Dkc.home.dir
    List<ProcessHandle> stale =
        ProcessHandle.allProcesses()
            .filter(p -> p.pid() != ProcessHandle.current().pid())
            .filter(
                p ->
                    p.info()
                        .commandLine()
                        .filter(c -> c.contains(needle) && c.contains("kc."))
                        .isPresent())
            .toList();
    for (ProcessHandle p : stale) {
      LOG.warning("stopping a stale Keycloak (pid " + p.pid() + ") left by an earlier run");
      p.destroy();
    }
    for (ProcessHandle p : stale) {
      try {
        p.onExit().get(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        p.destroyForcibly();
      }
    }
  }

  private static String topFolder(ZipFile z) {
    String first = z.entries().nextElement().getName();
    int slash = first.indexOf('/');
    if (slash <= 0 || !first.startsWith("keycloak-")) {
      throw new IllegalStateException(z.getName() + " is not a Keycloak distribution zip");
    }
    return first.substring(0, slash);
  }
}
