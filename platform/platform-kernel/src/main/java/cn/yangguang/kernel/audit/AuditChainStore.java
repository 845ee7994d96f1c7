package cn.yangguang.kernel.audit;

import cn.yangguang.kernel.audit.chain.Anchor;
import cn.yangguang.kernel.audit.chain.ChainedEntry;
import cn.yangguang.kernel.audit.chain.HashAlgorithm;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads a tenant's chained audit entries and anchors over plain JDBC: the one reader behind the
 * verify API (as {@code yg_app} in the tenant's transaction) and the verify command (as {@code
 * yg_system}). Every query names the tenant, so both roles read the same rows.
 */
public final class AuditChainStore {

  private AuditChainStore() {}

  /** The chained entries of the tenant, by chain position. */
  public static List<ChainedEntry> chain(Connection c, UUID tenant) throws SQLException {
    List<ChainedEntry> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + AuditEntries.COLUMNS
                + ", chain_seq, hash_alg, prev_hash, hash FROM yg.audit_entry"
                + " WHERE tenant_id = ? AND chain_seq IS NOT NULL ORDER BY chain_seq")) {
      ps.setObject(1, tenant);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new ChainedEntry(
                  rs.getLong(9),
                  AuditEntries.content(tenant, rs),
                  HashAlgorithm.of(rs.getString(10)),
                  rs.getString(11),
                  rs.getString(12)));
        }
      }
    }
    return out;
  }

  /** The tenant's anchors, oldest first. */
  public static List<Anchor> anchors(Connection c, UUID tenant) throws SQLException {
    List<Anchor> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT tenant_id, chain_seq, head_hash, anchored_at, key_id, signature_alg, signature"
                + " FROM yg.audit_anchor WHERE tenant_id = ? ORDER BY chain_seq")) {
      ps.setObject(1, tenant);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Anchor(
                  rs.getObject(1, UUID.class),
                  rs.getLong(2),
                  rs.getString(3),
                  rs.getTimestamp(4).toInstant(),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7)));
        }
      }
    }
    return out;
  }
}
