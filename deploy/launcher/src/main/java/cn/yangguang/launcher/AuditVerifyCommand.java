package cn.yangguang.launcher;

import cn.yangguang.kernel.audit.AuditChainStore;
import cn.yangguang.kernel.audit.chain.ChainVerifier;
import cn.yangguang.kernel.audit.chain.FileKeyAnchorSigner;
import cn.yangguang.kernel.audit.chain.VerificationReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * {@code ./mvnw -Paudit-verify package -DskipTests -Dtenant=jianshi}: verifies one county's audit
 * chain against its signed anchors, outside the application server, as {@code yg_system}, with the
 * public keys of the key folder. Exit codes: 0 intact, 3 broken, 1 could not verify.
 */
public final class AuditVerifyCommand {

  private AuditVerifyCommand() {}

  /** Verifies the tenant named by the first argument and prints the report. */
  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: AuditVerifyCommand <tenant slug> [exported anchors.tsv]");
      System.exit(1);
    }
    try {
      Path anchorFile = args.length == 2 && !args[1].isBlank() ? Path.of(args[1]) : null;
      VerificationReport report = verify(StackConfig.fromEnvironment(), args[0], anchorFile);
      System.out.println(describe(args[0], report));
      System.exit(report.intact() ? 0 : 3);
    } catch (Exception e) {
      System.err.println("could not verify the audit chain of " + args[0] + ": " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Verifies a county's chain on the stack described by {@code config}.
   *
   * @param anchorFile an exported anchor file to check against, or null for the database's anchors
   */
  public static VerificationReport verify(StackConfig config, String slug, Path anchorFile)
      throws SQLException, IOException {
    DataSource system = systemDataSource(config);
    Path keys =
        Path.of(
            new StackConfig.Settings(System.getenv())
                .get("yg.audit.keys.dir", config.dataDir().resolve("keys").toString()));
    if (!Files.isDirectory(keys)) {
      throw new IOException("no key folder at " + keys + " (set YG_AUDIT_KEYS_DIR)");
    }
    try (Connection c = system.getConnection()) {
      UUID tenant = tenantId(c, slug);
      return new ChainVerifier(
              FileKeyAnchorSigner.loadOrCreate(keys, FileKeyAnchorSigner.Algorithm.SM2))
          .verify(
              tenant,
              AuditChainStore.chain(c, tenant),
              anchorFile == null ? AuditChainStore.anchors(c, tenant) : exported(anchorFile));
    }
  }

  /** Anchors from an export ({@code GET /t/{slug}/api/v1/audit/anchors}), one per line. */
  static java.util.List<cn.yangguang.kernel.audit.chain.Anchor> exported(Path file)
      throws IOException {
    return Files.readAllLines(file).stream()
        .filter(line -> !line.isBlank())
        .map(cn.yangguang.kernel.audit.chain.Anchor::fromExportLine)
        .toList();
  }

  static String describe(String slug, VerificationReport r) {
    StringBuilder b = new StringBuilder();
    b.append("audit chain of ")
        .append(slug)
        .append(": ")
        .append(r.intact() ? "INTACT" : "BROKEN")
        .append('\n');
    b.append("  entries checked:    ").append(r.entriesChecked()).append('\n');
    b.append("  last anchored seq:  ").append(r.lastAnchoredSeq()).append('\n');
    b.append("  not yet anchored:   ").append(r.unanchoredEntries()).append('\n');
    r.firstBreak()
        .ifPresent(
            x ->
                b.append("  first break:        seq ")
                    .append(x.chainSeq())
                    .append(' ')
                    .append(x.kind())
                    .append(": ")
                    .append(x.detail())
                    .append('\n'));
    return b.toString();
  }

  private static DataSource systemDataSource(StackConfig config) throws IOException {
    StackConfig.Settings s = new StackConfig.Settings(System.getenv());
    if (config.externalDbUrl().isPresent()) {
      return LocalStack.dataSource(
          config.externalDbUrl().get(), DatabaseAccess.SYSTEM, s.get("yg.db.system.password", ""));
    }
    Properties secrets = new Properties();
    try (InputStream in =
        Files.newInputStream(config.dataDir().resolve("db-credentials.properties"))) {
      secrets.load(in);
    }
    String url =
        "jdbc:postgresql://localhost:"
            + config.embeddedDbPort()
            + "/"
            + DatabaseBootstrap.DATABASE
            + "?currentSchema=yg";
    return LocalStack.dataSource(url, DatabaseAccess.SYSTEM, secrets.getProperty("system"));
  }

  private static UUID tenantId(Connection c, String slug) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM yg.tenant WHERE slug = ?")) {
      ps.setString(1, slug);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("no county named " + slug);
        }
        return rs.getObject(1, UUID.class);
      }
    }
  }
}
