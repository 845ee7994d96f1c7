package cn.yangguang.kernel.system;

import cn.yangguang.kernel.audit.AuditEntries;
import cn.yangguang.kernel.audit.chain.AuditContent;
import cn.yangguang.kernel.audit.chain.AuditHasher;
import cn.yangguang.kernel.audit.chain.ChainedEntry;
import cn.yangguang.kernel.audit.chain.HashAlgorithm;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Links new audit entries into each tenant's hash chain.
 *
 * <p>Order: entries are chained in transaction order once every earlier transaction has ended
 * ({@code xact_id} below the snapshot's oldest running transaction), so no entry can later turn up
 * before one already chained, and writers never wait for each other or for the chain. Runs as
 * {@code yg_system} (which may only fill the chain columns); one run per tenant per call, in its
 * own transaction.
 */
public final class AuditChainer {

  private final HashAlgorithm algorithm;
  private final int batchSize;

  /** A chainer hashing with {@code algorithm} (SM3 where 密评 requires it). */
  public AuditChainer(HashAlgorithm algorithm, int batchSize) {
    this.algorithm = algorithm;
    this.batchSize = batchSize;
  }

  /**
   * Chains what is ready, for every tenant that has unchained entries.
   *
   * @param c a {@code yg_system} connection, auto-commit off; committed per tenant
   * @return entries chained
   */
  public long chainAll(Connection c, Instant now) throws SQLException {
    List<UUID> tenants = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT DISTINCT tenant_id FROM yg.audit_entry WHERE chain_seq IS NULL");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        tenants.add(rs.getObject(1, UUID.class));
      }
    }
    c.commit();
    long total = 0;
    for (UUID tenant : tenants) {
      long n;
      do {
        n = chainTenant(c, tenant, now);
        total += n;
      } while (n == batchSize);
    }
    return total;
  }

  private long chainTenant(Connection c, UUID tenant, Instant now) throws SQLException {
    try {
      long headSeq = 0;
      String headHash = AuditHasher.GENESIS;
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT chain_seq, hash FROM yg.audit_entry WHERE tenant_id = ? AND chain_seq IS NOT NULL"
                  + " ORDER BY chain_seq DESC LIMIT 1 FOR UPDATE")) {
        ps.setObject(1, tenant);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            headSeq = rs.getLong(1);
            headHash = rs.getString(2);
          }
        }
      }
      List<AuditContent> ready = new ArrayList<>();
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT "
                  + AuditEntries.COLUMNS
                  + " FROM yg.audit_entry WHERE tenant_id = ? AND chain_seq IS NULL"
                  + " AND xact_id < pg_snapshot_xmin(pg_current_snapshot())"
                  + " ORDER BY xact_id, written LIMIT ?")) {
        ps.setObject(1, tenant);
        ps.setInt(2, batchSize);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ready.add(AuditEntries.content(tenant, rs));
          }
        }
      }
      List<ChainedEntry> linked = AuditHasher.link(ready, headSeq, headHash, algorithm);
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE yg.audit_entry SET chain_seq = ?, hash_alg = ?, prev_hash = ?, hash = ?, chained_at = ?"
                  + " WHERE tenant_id = ? AND id = ? AND chain_seq IS NULL")) {
        for (ChainedEntry e : linked) {
          ps.setLong(1, e.chainSeq());
          ps.setString(2, e.algorithm().id());
          ps.setString(3, e.prevHash());
          ps.setString(4, e.hash());
          ps.setTimestamp(5, Timestamp.from(now));
          ps.setObject(6, tenant);
          ps.setObject(7, e.content().entryId());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      c.commit();
      return linked.size();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    }
  }
}
