package cn.yangguang.kernel.system;

import cn.yangguang.kernel.audit.chain.Anchor;
import cn.yangguang.kernel.audit.chain.AnchorSigner;
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
 * Signs the chain head of every tenant whose chain grew since its last anchor, with the key held
 * outside the database. A verifier holding the public key detects any rewrite of an anchored entry,
 * however consistent the rewritten chain is.
 */
public final class AuditAnchoring {

  private final AnchorSigner signer;

  /** Anchoring with this signer. */
  public AuditAnchoring(AnchorSigner signer) {
    this.signer = signer;
  }

  /**
   * Anchors every grown chain.
   *
   * @param c a {@code yg_system} connection, auto-commit off
   * @return anchors written
   */
  public int anchorAll(Connection c, Instant now) throws SQLException {
    // the database keeps microseconds: sign exactly what will be read back
    Instant stored = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    List<Object[]> heads = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT DISTINCT ON (e.tenant_id) e.tenant_id, e.chain_seq, e.hash FROM yg.audit_entry e"
                    + " WHERE e.chain_seq IS NOT NULL AND e.chain_seq > COALESCE((SELECT max(a.chain_seq)"
                    + " FROM yg.audit_anchor a WHERE a.tenant_id = e.tenant_id), 0)"
                    + " ORDER BY e.tenant_id, e.chain_seq DESC");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        heads.add(new Object[] {rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3)});
      }
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO yg.audit_anchor (tenant_id, chain_seq, head_hash, anchored_at, key_id, signature_alg,"
                + " signature) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (Object[] head : heads) {
        Anchor a = signer.sign((UUID) head[0], (Long) head[1], (String) head[2], stored);
        insert.setObject(1, a.tenantId());
        insert.setLong(2, a.chainSeq());
        insert.setString(3, a.headHash());
        insert.setTimestamp(4, Timestamp.from(a.anchoredAt()));
        insert.setString(5, a.keyId());
        insert.setString(6, a.signatureAlgorithm());
        insert.setString(7, a.signature());
        insert.addBatch();
      }
      insert.executeBatch();
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    }
    return heads.size();
  }
}
