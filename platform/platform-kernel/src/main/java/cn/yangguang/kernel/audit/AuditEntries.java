package cn.yangguang.kernel.audit;

import cn.yangguang.kernel.audit.chain.AuditContent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Reading audit rows as the content the chain hashes. The summary is read as PostgreSQL prints the
 * stored jsonb ({@code summary::text}), which is stable, so the chainer and the verifier hash the
 * same bytes.
 */
public final class AuditEntries {

  private AuditEntries() {}

  /** The select list that {@link #content} reads, in order. */
  public static final String COLUMNS =
      "id, occurred_at, actor, role, subject_type, subject_id, action, summary::text";

  /** Columns: id, occurred_at, actor, role, subject_type, subject_id, action, summary::text. */
  public static AuditContent content(UUID tenant, ResultSet rs) throws SQLException {
    return new AuditContent(
        tenant,
        rs.getObject(1, UUID.class),
        rs.getTimestamp(2).toInstant(),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8));
  }
}
