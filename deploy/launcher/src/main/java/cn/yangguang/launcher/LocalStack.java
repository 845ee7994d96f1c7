package cn.yangguang.launcher;

import cn.yangguang.migrations.PlatformMigrations;
import cn.yangguang.migrations.SchemaLint;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The running platform: Keycloak, database, schema and server, started in order and stopped in
 * reverse.
 *
 * <p>Keycloak starts first and in the background: it takes longer than the database and the
 * migrations together, and the platform needs it (token issuer, admin REST API) as soon as it
 * deploys. Used by {@link Launcher} for the local stack and by the integration tests and
 * benchmarks, which start one per run in a folder of their own.
 */
public final class LocalStack implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(LocalStack.class.getName());

  private final StackConfig config;
  private final EmbeddedDatabase embedded;
  private final DatabaseAccess database;
  private final KeycloakServer keycloak;
  private final String keycloakUrl;
  private final String keycloakPlatformSecret;
  private final PayaraServer server;
  private final String operatorToken;
  private final Map<String, String> serverProperties;

  private LocalStack(
      StackConfig config,
      EmbeddedDatabase embedded,
      DatabaseAccess database,
      KeycloakServer keycloak,
      String keycloakUrl,
      String keycloakPlatformSecret,
      PayaraServer server,
      String operatorToken,
      Map<String, String> serverProperties) {
    this.config = config;
    this.embedded = embedded;
    this.database = database;
    this.keycloak = keycloak;
    this.keycloakUrl = keycloakUrl;
    this.keycloakPlatformSecret = keycloakPlatformSecret;
    this.server = server;
    this.operatorToken = operatorToken;
    this.serverProperties = Map.copyOf(serverProperties);
  }

  /**
   * Starts everything and waits until the server is ready.
   *
   * @throws cn.yangguang.migrations.MigrationFailedException when a migration or the schema lint
   *     fails; nothing is left running then
   */
  public static LocalStack start(StackConfig config) {
    EmbeddedDatabase embedded = null;
    KeycloakServer keycloak = null;
    PayaraServer server = null;
    StackConfig.Settings s = new StackConfig.Settings(System.getenv());
    try {
      String keycloakUrl;
      String platformSecret;
      if (config.externalKeycloakUrl().isPresent()) {
        keycloakUrl = config.externalKeycloakUrl().get();
        platformSecret = required(s, "yg.keycloak.platform.secret", "an external Keycloak");
      } else {
        platformSecret =
            SecretFile.readOrCreate(config.dataDir().resolve("keycloak-platform-secret"), 24);
        keycloak =
            KeycloakServer.create(
                KeycloakDistribution.locate(config.runtimeDir(), config.keycloakDist()),
                config.dataDir(),
                config.keycloakPort(),
                Map.of(
                    "YG_WEB_BASE_URL",
                    "http://localhost:" + config.httpPort(),
                    "YG_KEYCLOAK_PLATFORM_SECRET",
                    platformSecret));
        keycloak.launch();
        keycloakUrl = keycloak.baseUrl();
      }

      DatabaseAccess database;
      if (config.externalDbUrl().isPresent()) {
        database =
            new DatabaseAccess(
                config.externalDbUrl().get(),
                required(s, "yg.db.migrator.password", "an external database (yg.db.url)"),
                required(s, "yg.db.app.password", "an external database (yg.db.url)"),
                required(s, "yg.db.system.password", "an external database (yg.db.url)"));
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

      if (keycloak != null) {
        long waitStarted = System.nanoTime();
        keycloak.awaitReady(KeycloakServer.READY_TIMEOUT);
        LOG.info(
            "Keycloak ready (waited "
                + (System.nanoTime() - waitStarted) / 1_000_000
                + " ms after the migrations)");
      }

      String token = SecretFile.readOrCreate(config.dataDir().resolve("operator-token"), 24);
      Map<String, String> props = new LinkedHashMap<>();
      props.put("yg.db.url", database.jdbcUrl());
      props.put("yg.db.app.password", database.appPassword());
      props.put("yg.db.system.password", database.systemPassword());
      // plugin migrations run as the schema owner when a plugin is first enabled (ADR 0036)
      props.put("yg.db.migrator.password", database.migratorPassword());
      props.put("yg.plugins.dir", config.pluginsDir().toString());
      props.put("yg.tenants.dir", config.tenantsDir().toString());
      props.put("yg.domain", config.domain());
      props.put("yg.devclock.enabled", Boolean.toString(config.devClock()));
      props.put("yg.storage.dir", config.dataDir().resolve("files").toString());
      props.put("yg.operator.token", token);
      props.put("yg.audit.keys.dir", config.dataDir().resolve("keys").toString());
      props.put("yg.keycloak.url", keycloakUrl);
      props.put("yg.keycloak.realm", KeycloakServer.REALM);
      props.put("yg.keycloak.platform.secret", platformSecret);
      props.put("yg.keycloak.web.client", KeycloakServer.WEB_CLIENT);
      props.put(
          "yg.demo.accounts.file", config.tenantsDir().resolve("demo-accounts.yaml").toString());
      server = PayaraServer.start(config, props, config.dataDir().resolve("server"));
      server.awaitReady(Duration.ofSeconds(180));
      return new LocalStack(
          config, embedded, database, keycloak, keycloakUrl, platformSecret, server, token, props);
    } catch (RuntimeException e) {
      if (server != null) {
        server.close();
      }
      if (keycloak != null) {
        keycloak.close();
      }
      if (embedded != null) {
        embedded.close();
      }
      throw e;
    }
  }

  /**
   * Starts one more platform node on this stack's database, Keycloak, files and settings, as a
   * cluster node behind a load balancer would run, and waits until it is ready; the caller closes
   * it. For tests of what nodes share only through PostgreSQL (the outbox, sessions, leases).
   *
   * @param httpPort the new node's port
   * @param rootDir the new node's own folder (its log and Payara's work files)
   */
  public PayaraServer startNode(int httpPort, java.nio.file.Path rootDir) {
    StackConfig other =
        config.isolated(config.dataDir(), httpPort, config.embeddedDbPort(), config.keycloakPort());
    PayaraServer node = PayaraServer.start(other, serverProperties, rootDir);
    try {
      node.awaitReady(Duration.ofSeconds(180));
    } catch (RuntimeException e) {
      node.close();
      throw e;
    }
    return node;
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

  /** The Keycloak the stack started, or null when it uses an external one. */
  public KeycloakServer keycloak() {
    return keycloak;
  }

  /**
   * Keycloak's base URL, e.g. {@code http://localhost:8180} (realm {@link KeycloakServer#REALM}).
   */
  public String keycloakUrl() {
    return keycloakUrl;
  }

  /** The secret of the confidential client {@link KeycloakServer#PLATFORM_CLIENT}. */
  public String keycloakPlatformSecret() {
    return keycloakPlatformSecret;
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

  /** Stops the server, then Keycloak, then the embedded database. */
  @Override
  public void close() {
    server.close();
    if (keycloak != null) {
      keycloak.close();
    }
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

  private static String required(StackConfig.Settings s, String key, String with) {
    String v = s.get(key, null);
    if (v == null || v.isBlank()) {
      throw new IllegalStateException("with " + with + " the setting " + key + " is required");
    }
    return v;
  }
}
