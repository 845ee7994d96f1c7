package cn.yangguang.launcher;

import cn.yangguang.migrations.PlatformMigrations;
import cn.yangguang.migrations.SchemaLint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The running platform: database, schema and server, started in order and stopped in reverse.
 *
 * <p>Used by {@link Launcher} for the local stack and by the integration tests and benchmarks,
 * which start one per run in a folder of their own.
 */
public final class LocalStack implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(LocalStack.class.getName());

  private final StackConfig config;
  private final EmbeddedDatabase embedded;
  private final DatabaseAccess database;
  private final PayaraServer server;
  private final String operatorToken;

  private LocalStack(
      StackConfig config,
      EmbeddedDatabase embedded,
      DatabaseAccess database,
      PayaraServer server,
      String operatorToken) {
    this.config = config;
    this.embedded = embedded;
    this.database = database;
    this.server = server;
    this.operatorToken = operatorToken;
  }

  /**
   * Starts everything and waits until the server is ready.
   *
   * @throws cn.yangguang.migrations.MigrationFailedException when a migration or the schema lint
   *     fails; nothing is left running then
   */
  public static LocalStack start(StackConfig config) {
    EmbeddedDatabase embedded = null;
    PayaraServer server = null;
    try {
      DatabaseAccess database;
      if (config.externalDbUrl().isPresent()) {
        StackConfig.Settings s = new StackConfig.Settings(System.getenv());
        database =
            new DatabaseAccess(
                config.externalDbUrl().get(),
                required(s, "yg.db.migrator.password"),
                required(s, "yg.db.app.password"),
                required(s, "yg.db.system.password"));
      } else {
        embedded =
            EmbeddedDatabase.start(config.dataDir().resolve("pgdata"), config.embeddedDbPort());
        database =
            DatabaseBootstrap.ensure(
                embedded.superuser(),
                embedded.port(),
                config.dataDir().resolve("db-credentials.properties"));
      }
      DataSource owner =
          dataSource(database.jdbcUrl(), DatabaseAccess.MIGRATOR, database.migratorPassword());
      int applied = new PlatformMigrations(owner).migrate();
      LOG.info("migrations applied: " + applied);
      new SchemaLint(owner).check(PlatformMigrations.SCHEMA);

      String token = operatorToken(config.dataDir().resolve("operator-token"));
      Map<String, String> props = new LinkedHashMap<>();
      props.put("yg.db.url", database.jdbcUrl());
      props.put("yg.db.app.password", database.appPassword());
      props.put("yg.db.system.password", database.systemPassword());
      props.put("yg.tenants.dir", config.tenantsDir().toString());
      props.put("yg.domain", config.domain());
      props.put("yg.devclock.enabled", Boolean.toString(config.devClock()));
      props.put("yg.storage.dir", config.dataDir().resolve("files").toString());
      props.put("yg.operator.token", token);
      props.put("yg.audit.keys.dir", config.dataDir().resolve("keys").toString());
      server = PayaraServer.start(config, props, config.dataDir().resolve("server"));
      server.awaitReady(Duration.ofSeconds(180));
      return new LocalStack(config, embedded, database, server, token);
    } catch (RuntimeException e) {
      if (server != null) {
        server.close();
      }
      if (embedded != null) {
        embedded.close();
      }
      throw e;
    }
  }

  /** The platform's base URL, e.g. {@code http://localhost:8080}. */
  public String baseUrl() {
    return "http://localhost:" + config.httpPort();
  }

  /** The configuration the stack runs with. */
  public StackConfig config() {
    return config;
  }

  /** The database URL and role passwords. */
  public DatabaseAccess database() {
    return database;
  }

  /** The bearer token of the platform operator API (until identity lands: issue 3). */
  public String operatorToken() {
    return operatorToken;
  }

  /** The server process. */
  public PayaraServer server() {
    return server;
  }

  /**
   * A data source connected as {@code yg_app}, the application's role (under row-level security).
   */
  public DataSource appDataSource() {
    return dataSource(database.jdbcUrl(), DatabaseAccess.APP, database.appPassword());
  }

  /** A data source connected as {@code yg_system}, the role of named cross-tenant jobs. */
  public DataSource systemDataSource() {
    return dataSource(database.jdbcUrl(), DatabaseAccess.SYSTEM, database.systemPassword());
  }

  /** A data source connected as {@code yg_migrator}, the schema owner. */
  public DataSource migratorDataSource() {
    return dataSource(database.jdbcUrl(), DatabaseAccess.MIGRATOR, database.migratorPassword());
  }

  /** A superuser data source to the embedded server's {@code postgres} database (embedded only). */
  public DataSource superuserDataSource() {
    if (embedded == null) {
      throw new IllegalStateException("no embedded database: the stack uses an external one");
    }
    return embedded.superuser();
  }

  /**
   * A superuser data source to another database of the embedded server (tests tamper with data).
   */
  public DataSource superuserDataSource(String database) {
    if (embedded == null) {
      throw new IllegalStateException("no embedded database: the stack uses an external one");
    }
    return embedded.superuser(database);
  }

  /** Stops the server, then the embedded database. */
  @Override
  public void close() {
    server.close();
    if (embedded != null) {
      embedded.close();
    }
  }

  /** A plain (unpooled) JDBC data source for one role. */
  public static DataSource dataSource(String url, String user, String password) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    ds.setUser(user);
    ds.setPassword(password);
    return ds;
  }

  private static String required(StackConfig.Settings s, String key) {
    String v = s.get(key, null);
    if (v == null || v.isBlank()) {
      throw new IllegalStateException(
          "with an external database (yg.db.url) the setting " + key + " is required");
    }
    return v;
  }

  private static String operatorToken(Path file) {
    try {
      if (Files.exists(file)) {
        return Files.readString(file).strip();
      }
      byte[] bytes = new byte[24];
      new SecureRandom().nextBytes(bytes);
      String token = HexFormat.of().formatHex(bytes);
      Files.createDirectories(file.getParent());
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, token);
      return token;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read or write " + file, e);
    }
  }
}
