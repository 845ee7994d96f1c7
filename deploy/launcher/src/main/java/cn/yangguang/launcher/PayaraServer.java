package cn.yangguang.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro running the platform WAR in a child JVM.
 *
 * <p>A child process rather than Payara's embedding API: the launcher's own classpath (embedded
 * PostgreSQL, Flyway, a JDBC driver) stays out of the application's class loaders, and the server's
 * memory can be measured on its own. Hazelcast clustering is off: DESIGN.md coordinates nodes
 * through PostgreSQL.
 */
public final class PayaraServer implements AutoCloseable {

  private final Process process;
  private final Path logFile;
  private final int port;

  private PayaraServer(Process process, Path logFile, int port) {
    this.process = process;
    this.logFile = logFile;
    this.port = port;
  }

  /**
   * Starts Payara Micro and returns once the process runs (not yet ready: see {@link #awaitReady}).
   *
   * @param systemProperties the application's configuration, passed as {@code -D} options (read
   *     through MicroProfile Config)
   */
  public static PayaraServer start(
      StackConfig config, Map<String, String> systemProperties, Path rootDir) {
    Path jar = config.runtimeDir().resolve("payara-micro.jar");
    Path war = config.runtimeDir().resolve("ROOT.war");
    for (Path required : List.of(jar, war)) {
      if (!Files.isRegularFile(required)) {
        throw new IllegalStateException(
            required + " is missing: build first (./mvnw package -DskipTests)");
      }
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(config.javaOptions().trim().split("\\s+")));
    command.add("-Djava.io.tmpdir=" + rootDir.resolve("tmp"));
    command.add("-Duser.timezone=Asia/Shanghai");
    command.add("-Dfile.encoding=UTF-8");
    systemProperties.forEach((k, v) -> command.add("-D" + k + "=" + v));
    command.addAll(
        List.of(
            "-jar",
            jar.toString(),
            "--deploy",
            war.toString(),
            "--port",
            Integer.toString(config.httpPort()),
            "--nocluster",
            "--rootdir",
            rootDir.resolve("payara").toString()));
    try {
      // Payara keeps exploded applications under its root: a stale copy would run old code.
      Folders.deleteRecursively(rootDir.resolve("payara"));
      Folders.deleteRecursively(rootDir.resolve("tmp"));
      Files.createDirectories(rootDir.resolve("tmp"));
      Path log = rootDir.resolve("server.log");
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      if (config.logToConsole()) {
        builder.redirectOutput(ProcessBuilder.Redirect.INHERIT);
      } else {
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      }
      return new PayaraServer(builder.start(), log, config.httpPort());
    } catch (IOException e) {
      throw new UncheckedIOException("could not start Payara Micro", e);
    }
  }

  /**
   * Waits until {@code /health/ready} answers 200.
   *
   * @throws IllegalStateException with the end of the server log when the process dies or the
   *     timeout passes
   */
  public void awaitReady(Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Payara Micro exited with code " + process.exitValue() + "\n" + logTail());
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for Payara Micro", e);
      }
      sleep(250);
    }
    throw new IllegalStateException(
        "Payara Micro was not ready within " + timeout.toSeconds() + " s\n" + logTail());
  }

  /** The operating-system process id of the server (for memory readings). */
  public long pid() {
    return process.pid();
  }

  /** The server log file (empty when the log goes to the console). */
  public Path logFile() {
    return logFile;
  }

  /** The last lines of the server log, for error messages. */
  public String logTail() {
    try {
      if (!Files.exists(logFile)) {
        return "(server log on the console)";
      }
      List<String> lines = Files.readAllLines(logFile);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(server log unreadable: " + e + ")";
    }
  }

  /** Stops the server: a graceful shutdown first, then a kill after 30 s. */
  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
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
