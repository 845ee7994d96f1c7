package cn.yangguang.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Creates the platform database and its three roles on a server where we are superuser (the
 * embedded one). Idempotent: an existing role keeps its attributes checked and its password reset
 * to the stored one. On an external server a DBA runs the same statements (deploy/README.md).
 */
public final class DatabaseBootstrap {

  /** The platform database's name. */
  public static final String DATABASE = "yangguang";

  private DatabaseBootstrap() {}

  /**
   * Ensures roles and database exist, with passwords kept in {@code credentialsFile} (created with
   * mode 600 on first use).
   *
   * @param superuser a superuser connection to the {@code postgres} database
   * @param port the server's port, for the URL
   */
  public static DatabaseAccess ensure(DataSource superuser, int port, Path credentialsFile) {
    Properties secrets = loadOrCreate(credentialsFile);
    try (Connection c = superuser.getConnection();
        Statement s = c.createStatement()) {
      ensureRole(c, DatabaseAccess.MIGRATOR, secrets.getProperty("migrator"), "NOBYPASSRLS");
      ensureRole(c, DatabaseAccess.APP, secrets.getProperty("app"), "NOBYPASSRLS");
      ensureRole(c, DatabaseAccess.SYSTEM, secrets.getProperty("system"), "BYPASSRLS");
      if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
        s.execute(
            "CREATE DATABASE "
                + DATABASE
                + " OWNER yg_migrator ENCODING 'UTF8' TEMPLATE template0");
      }
      s.execute("REVOKE ALL ON DATABASE " + DATABASE + " FROM PUBLIC");
      s.execute("GRANT CONNECT ON DATABASE " + DATABASE + " TO yg_app, yg_system");
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the platform roles and database: " + e, e);
    }
    return new DatabaseAccess(
        "jdbc:postgresql://localhost:" + port + "/" + DATABASE + "?currentSchema=yg",
        secrets.getProperty("migrator"),
        secrets.getProperty("app"),
        secrets.getProperty("system"));
  }

  private static void ensureRole(Connection c, String role, String password, String rls)
      throws SQLException {
    String attributes = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE " + rls;
    try (Statement s = c.createStatement()) {
      String verb =
          exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", role) ? "ALTER" : "CREATE";
      s.execute(verb + " ROLE " + role + " " + attributes + " PASSWORD '" + password + "'");
    }
  }

  private static boolean exists(Connection c, String sql, String value) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, value);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static Properties loadOrCreate(Path file) {
    Properties p = new Properties();
    try {
      if (Files.exists(file)) {
        try (InputStream in = Files.newInputStream(file)) {
          p.load(in);
        }
        return p;
      }
      SecureRandom random = new SecureRandom();
      for (String key : new String[] {"migrator", "app", "system"}) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        p.setProperty(key, HexFormat.of().formatHex(bytes));
      }
      Files.createDirectories(file.getParent());
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      try (OutputStream out = Files.newOutputStream(file)) {
        p.store(out, "Passwords of the local stack's database roles (generated once)");
      }
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read or write " + file, e);
    }
  }
}
