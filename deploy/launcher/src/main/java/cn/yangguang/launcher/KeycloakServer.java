package cn.yangguang.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A real Keycloak (the Quarkus distribution from Maven Central) in a child process, with the {@code
 * yangguang} realm imported from {@code deploy/keycloak/yangguang-realm.json}.
 *
 * <p>Why a real one: the platform's identity code (OIDC login, organization claims, the admin REST
 * calls that onboard staff) is tested against the server that production runs, not a mock. The
 * distribution is unpacked once per data folder; Keycloak keeps its own data in its dev-file H2
 * database inside that copy, so users and organizations survive a restart of the local stack.
 * Production points the platform at an external Keycloak instead ({@code yg.keycloak.url}).
 *
 * <p>{@code start-dev} with a fixed {@code --hostname}: the token issuer must not follow the
 * request's host, and the platform checks it. The management port (health) is a free one so that
 * the local stack and a test run can run side by side.
 */
public final class KeycloakServer implements AutoCloseable {

  /** The realm the platform uses. */
  public static final String REALM = "yangguang";

  /** The public client of the platform's web pages. */
  public static final String WEB_CLIENT = "yangguang-web";

  /** The confidential client the platform calls the admin REST API with. */
  public static final String PLATFORM_CLIENT = "yangguang-platform";

  /** The bootstrap administrator of the master realm (the admin console login). */
  public static final String ADMIN_USER = "admin";

  /** How long {@link #start()} waits: a first start also builds Keycloak for dev mode. */
  public static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

  private static final Logger LOG = Logger.getLogger(KeycloakServer.class.getName());
  private static final String REALM_RESOURCE = "keycloak/yangguang-realm.json";

  private final Path zip;
  private final Path dataDir;
  private final int port;
  private final String adminPassword;
  private final Map<String, String> realmEnv;
  private final Path logFile;
  private Process process;
  private Thread exitHook;

  private KeycloakServer(
      Path zip, Path dataDir, int port, String adminPassword, Map<String, String> realmEnv) {
    this.zip = zip;
    this.dataDir = dataDir;
    this.port = port;
    this.adminPassword = adminPassword;
    this.realmEnv = Map.copyOf(realmEnv);
    this.logFile = dataDir.resolve("keycloak.log");
  }

  /**
   * A Keycloak for {@code dataDir}, not yet started.
   *
   * @param zip the distribution zip
   * @param port the HTTP port; 0 picks a free one, kept across {@link #stop()} and {@link #start()}
   * @param realmEnv values of the {@code ${VAR}} placeholders in the realm file, given to Keycloak
   *     as environment variables ({@code YG_WEB_BASE_URL}, {@code YG_KEYCLOAK_PLATFORM_SECRET})
   */
  public static KeycloakServer create(
      Path zip, Path dataDir, int port, Map<String, String> realmEnv) {
    String password = SecretFile.readOrCreate(dataDir.resolve("keycloak-admin-password"), 16);
    return new KeycloakServer(zip, dataDir, port == 0 ? freePort() : port, password, realmEnv);
  }

  /**
   * Starts the process and returns at once (see {@link #awaitReady}): the launcher starts the
   * database meanwhile. Unpacks the distribution first when this data folder has none.
   */
  public synchronized void launch() {
    if (isRunning()) {
      return;
    }
    Path home = KeycloakDistribution.unpackOnce(zip, dataDir.resolve("keycloak"));
    KeycloakDistribution.stopStale(home);
    try {
      writeRealm(home);
      List<String> command =
          List.of(
              home.resolve("bin/kc.sh").toString(),
              "start-dev",
              "--http-port=" + port,
              "--http-management-port=" + freePort(),
              "--hostname=" + baseUrl(),
              "--import-realm",
              "--health-enabled=true",
              "--log-console-color=false");
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      Map<String, String> env = builder.environment();
      // A developer's own Keycloak or JVM settings must not leak into this one.
      env.keySet()
          .removeIf(
              k -> k.startsWith("KC_") || k.startsWith("JAVA_OPTS") || k.startsWith("QUARKUS_"));
      env.put("JAVA_HOME", System.getProperty("java.home"));
      env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
      env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
      env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
      env.putAll(realmEnv);
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
      process = builder.start();
      // A JVM that exits without close() (a killed launcher during its start, a test JVM) must
      // not leave Keycloak running: the next start would find its port taken.
      exitHook = new Thread(this::stop, "keycloak-stop");
      Runtime.getRuntime().addShutdownHook(exitHook);
      LOG.info("Keycloak starting on " + baseUrl() + " (pid " + process.pid() + ")");
    } catch (IOException e) {
      throw new UncheckedIOException("could not start Keycloak from " + home, e);
    }
  }

  /**
   * Waits until the realm's OpenID discovery document answers 200: the server runs and the realm is
   * imported.
   *
   * @throws IllegalStateException with the end of the Keycloak log when the process dies or the
   *     timeout passes
   */
  public void awaitReady(Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest discovery =
        HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Process p;
      synchronized (this) {
        p = process;
      }
      if (p == null || !p.isAlive()) {
        String exit = p == null ? "was not started" : "exited with code " + p.exitValue();
        throw new IllegalStateException("Keycloak " + exit + "\n" + logTail());
      }
      try {
        if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for Keycloak", e);
      }
      sleep(250);
    }
    throw new IllegalStateException(
        "Keycloak was not ready within " + timeout.toSeconds() + " s\n" + logTail());
  }

  /** Starts Keycloak on the same data and port and waits until it is ready. */
  public void start() {
    launch();
    awaitReady(READY_TIMEOUT);
  }

  /**
   * Stops Keycloak: its java process first ({@code kc.sh} runs it as a child), then the script;
   * SIGTERM, then a kill after 30 s. Tests stop it to see how the platform fails without it.
   */
  public synchronized void stop() {
    if (process == null) {
      return;
    }
    ProcessHandle root = process.toHandle();
    List<ProcessHandle> descendants = root.descendants().toList();
    for (int i = descendants.size() - 1; i >= 0; i--) {
      terminate(descendants.get(i));
    }
    terminate(root);
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
    if (exitHook != null && Thread.currentThread() != exitHook) {
      try {
        Runtime.getRuntime().removeShutdownHook(exitHook);
      } catch (IllegalStateException e) {
        // the JVM is shutting down already: the hook runs and finds nothing to stop
      }
    }
    exitHook = null;
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  /** Whether the Keycloak process runs (it may not be ready yet). */
  public synchronized boolean isRunning() {
    return process != null && process.isAlive();
  }

  /**
   * The base URL, e.g. {@code http://localhost:8180}; the issuer is {@code <base>/realms/<realm>}.
   */
  public String baseUrl() {
    return "http://localhost:" + port;
  }

  /** The issuer of the realm's tokens. */
  public String issuer() {
    return baseUrl() + "/realms/" + REALM;
  }

  /** The HTTP port. */
  public int port() {
    return port;
  }

  /** The password of {@link #ADMIN_USER} in the master realm (admin console, admin REST API). */
  public String adminPassword() {
    return adminPassword;
  }

  /** The Keycloak log (console output of {@code kc.sh}). */
  public Path logFile() {
    return logFile;
  }

  /** The last lines of the Keycloak log, for error messages. */
  public String logTail() {
    try {
      if (!Files.exists(logFile)) {
        return "(no Keycloak log at " + logFile + ")";
      }
      List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(Keycloak log unreadable: " + e + ")";
    }
  }

  /**
   * Puts the realm file into {@code data/import}. Keycloak imports it only while the realm does not
   * exist: when the file or a placeholder value changed since the import, say so, since the running
   * realm keeps the old values until Keycloak's data is deleted.
   */
  private void writeRealm(Path home) throws IOException {
    byte[] realm;
    try (InputStream in = KeycloakServer.class.getResourceAsStream(REALM_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(REALM_RESOURCE + " is missing from the launcher");
      }
      realm = in.readAllBytes();
    }
    Path importDir = home.resolve("data/import");
    Files.createDirectories(importDir);
    Files.write(importDir.resolve(REALM + "-realm.json"), realm);
    String digest = digest(realm, realmEnv);
    Path digestFile = home.resolve("data/realm-import.sha256");
    boolean imported = Files.isDirectory(home.resolve("data/h2"));
    if (imported && Files.exists(digestFile)) {
      if (!Files.readString(digestFile).strip().equals(digest)) {
        LOG.warning(
            "the realm file or its placeholder values (e.g. the platform's port) changed since"
                + " Keycloak imported realm "
                + REALM
                + "; Keycloak keeps the imported one. To import again, stop the stack and delete "
                + home.resolve("data/h2"));
      }
    } else {
      Files.writeString(digestFile, digest);
    }
  }

  private static String digest(byte[] realm, Map<String, String> env) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(realm);
      new TreeMap<>(env)
          .forEach((k, v) -> sha.update((k + "=" + v + "\n").getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void terminate(ProcessHandle p) {
    if (!p.isAlive()) {
      return;
    }
    p.destroy();
    try {
      p.onExit().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      p.destroyForcibly();
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
