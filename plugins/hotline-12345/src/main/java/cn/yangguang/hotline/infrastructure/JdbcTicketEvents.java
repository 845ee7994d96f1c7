package cn.yangguang.hotline.infrastructure;

import cn.yangguang.api.plugin.PluginContext;
import cn.yangguang.api.tenant.TenantRef;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A ticket's history (GB/T 33358: the ticket records its handling, supervision and call-back) in
 * the plugin's table, for one county. Public notes are what the caller and Open311 see.
 */
public final class JdbcTicketEvents {

  private final PluginContext context;
  private final TenantRef tenant;
  private final String s;

  /** The history of one county's tickets. */
  public JdbcTicketEvents(PluginContext context, TenantRef tenant) {
    this.context = context;
    this.tenant = tenant;
    this.s = context.schema() + ".";
  }

  /** Records a step in the ticket's history. */
  public void add(
      UUID ticketId,
      Instant at,
      String actor,
      String action,
      String unit,
      String note,
      boolean pub) {
    context
        .data()
        .inTenant(
            tenant,
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO "
                          + s
                          + "ticket_event (tenant_id, id, ticket_id, at, actor, action, unit, note,"
                          + " public) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, tenant.id());
                ps.setObject(2, UUID.randomUUID());
                ps.setObject(3, ticketId);
                ps.setTimestamp(4, JdbcTickets.ts(at));
                ps.setString(5, actor);
                ps.setString(6, action);
                ps.setString(7, unit);
                ps.setString(8, note);
                ps.setBoolean(9, pub);
                return ps.executeUpdate();
              }
            });
  }

  /**
   * One step of a ticket's history.
   *
   * @param at when
   * @param actor who
   * @param action what
   * @param unit the unit it concerned, or null
   * @param note the note, or null
   * @param pub whether the caller sees it
   */
  public record Event(
      Instant at, String actor, String action, String unit, String note, boolean pub) {}

  /** A ticket's history, oldest first. */
  public List<Event> of(UUID ticketId) {
    return context
        .data()
        .inTenant(
            tenant,
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT at, actor, action, unit, note, public FROM "
                          + s
                          + "ticket_event WHERE ticket_id = ? ORDER BY at, id")) {
                ps.setObject(1, ticketId);
                List<Event> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    out.add(
                        new Event(
                            rs.getTimestamp(1).toInstant(),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getBoolean(6)));
                  }
                }
                return out;
              }
            });
  }
}
