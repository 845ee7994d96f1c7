package cn.yangguang.kernel.audit;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.kernel.audit.chain.Anchor;
import cn.yangguang.kernel.audit.chain.ChainVerifier;
import cn.yangguang.kernel.audit.chain.VerificationReport;
import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading a tenant's audit trail: the replay of one subject's history (过程回放), verification of the
 * chain against the signed anchors, and the anchors for export. Reads run in the tenant's
 * transaction.
 */
@ApplicationScoped
public class AuditLog {

  @Inject TenantTransactions transactions;
  @Inject ContainerResources resources;
  @Inject AuditKeys keys;

  /** Every entry about one subject, in chain order (entries not yet chained last, by time). */
  public List<ReplayEntry> replay(TenantRef tenant, String subjectType, String subjectId) {
    return transactions.call(
        tenant,
        () -> {
          List<ReplayEntry> out = new ArrayList<>();
          try (Connection c = resources.appDataSource().getConnection();
              PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT chain_seq, occurred_at, actor, role, action, summary::text FROM yg.audit_entry"
                          + " WHERE subject_type = ? AND subject_id = ? ORDER BY chain_seq NULLS LAST,"
                          + " occurred_at, id")) {
            ps.setString(1, subjectType);
            ps.setString(2, subjectId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                Object seq = rs.getObject(1);
                out.add(
                    new ReplayEntry(
                        seq == null ? null : ((Number) seq).longValue(),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)));
              }
            }
          }
          return out;
        });
  }

  /** Verifies the tenant's chain against its signed anchors. */
  public Verification verify(TenantRef tenant) {
    return transactions.call(
        tenant,
        () -> {
          try (Connection c = resources.appDataSource().getConnection()) {
            VerificationReport report =
                new ChainVerifier(keys.signer())
                    .verify(
                        tenant.id(),
                        AuditChainStore.chain(c, tenant.id()),
                        AuditChainStore.anchors(c, tenant.id()));
            return new Verification(report, unchained(c));
          }
        });
  }

  /** The tenant's anchors, oldest first. */
  public List<Anchor> anchors(TenantRef tenant) {
    return transactions.call(
        tenant,
        () -> {
          try (Connection c = resources.appDataSource().getConnection()) {
            return AuditChainStore.anchors(c, tenant.id());
          }
        });
  }

  private static long unchained(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement("SELECT count(*) FROM yg.audit_entry WHERE chain_seq IS NULL");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** One entry of a subject's history. */
  public record ReplayEntry(
      Long chainSeq,
      Instant occurredAt,
      String actor,
      String role,
      String action,
      String summaryJson) {}

  /** A verification with the count of entries not yet chained. */
  public record Verification(VerificationReport report, long unchainedEntries) {}
}
