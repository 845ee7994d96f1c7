package cn.yangguang.kernel.system;

import cn.yangguang.kernel.outbox.OutboxEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Reads the outbox of all tenants in commit order, and keeps the cursors of durable consumers.
 * Positions are assigned at commit under a lock, so once a position is visible every smaller one
 * that will ever exist is visible too: reading "after p" never skips an event.
 */
public final class OutboxReader {

  /** The events after {@code position}, in commit order, at most {@code limit}. */
  public List<OutboxEvent> after(Connection c, long position, int limit) throws SQLException {
    List<OutboxEvent> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT position, tenant_id, id, type, subject_type, subject_id, payload::text, occurred_at"
                + " FROM yg.outbox_event WHERE position > ? ORDER BY position LIMIT ?")) {
      ps.setLong(1, position);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new OutboxEvent(
                  rs.getLong(1),
                  rs.getObject(2, UUID.class),
                  rs.getObject(3, UUID.class),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getTimestamp(8).toInstant()));
        }
      }
    }
    return out;
  }

  /** The latest position (0 when the outbox is empty). */
  public long head(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement("SELECT COALESCE(max(position), 0) FROM yg.outbox_event");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** A durable consumer's cursor, if it has one. */
  public OptionalLong cursor(Connection c, String consumer) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT position FROM yg.outbox_cursor WHERE consumer = ?")) {
      ps.setString(1, consumer);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
      }
    }
  }

  /**
   * Records that a durable consumer handled everything up to {@code position} (call after
   * handling).
   */
  public void advance(Connection c, String consumer, long position) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO yg.outbox_cursor (consumer, position, updated_at) VALUES (?, ?, now())"
                + " ON CONFLICT (consumer) DO UPDATE SET position = GREATEST(yg.outbox_cursor.position,"
                + " EXCLUDED.position), updated_at = now()")) {
      ps.setString(1, consumer);
      ps.setLong(2, position);
      ps.executeUpdate();
    }
  }
}
