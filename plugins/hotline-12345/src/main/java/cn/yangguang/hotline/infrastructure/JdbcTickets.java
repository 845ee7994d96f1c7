package cn.yangguang.hotline.infrastructure;

import cn.yangguang.api.plugin.PluginContext;
import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.hotline.domain.Assignment;
import cn.yangguang.hotline.domain.Channel;
import cn.yangguang.hotline.domain.Resolution;
import cn.yangguang.hotline.domain.Satisfaction;
import cn.yangguang.hotline.domain.Ticket;
import cn.yangguang.hotline.domain.TicketStatus;
import cn.yangguang.hotline.domain.TicketType;
import cn.yangguang.hotline.domain.Urgency;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Tickets, their dispatches and their history in the plugin's tables, for one county: every
 * statement runs through the platform's tenant-bound data access, under row-level security.
 */
public final class JdbcTickets {

  private static final String COLUMNS =
      "id, number, query_code, channel, city_ref, type, urgency, service_code, summary,"
          + " description, caller_name, caller_phone, account_id, address, lat, lon, media_url,"
          + " status, resolution, answer, lead_unit, merged_into, redo_count, satisfaction,"
          + " created_at, updated_at, closed_at";
  private static final String ASSIGNMENT_COLUMNS =
      "id, ticket_id, unit, lead, redo, dispatched_at, sign_clock, signed_at, signed_on_time,"
          + " handle_clock, returned_at, return_reason, return_outcome, extension_days,"
          + " extension_reason, extension_state, replied_at, replied_on_time, reply, satisfaction,"
          + " active";

  private final PluginContext context;
  private final TenantRef tenant;
  private final String s;

  /** The tickets of one county. */
  public JdbcTickets(PluginContext context, TenantRef tenant) {
    this.context = context;
    this.tenant = tenant;
    this.s = context.schema() + ".";
  }

  /** The next ticket number of the day: {@code yyyyMMdd} and a 4-digit sequence. */
  public String nextNumber(LocalDate day) {
    return context
        .data()
        .inTenant(
            tenant,
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO "
                          + s
                          + "number_counter (tenant_id, day, last) VALUES (?, ?, 1)"
                          + " ON CONFLICT (tenant_id, day) DO UPDATE SET last = number_counter.last + 1"
                          + " RETURNING last")) {
                ps.setObject(1, tenant.id());
                ps.setObject(2, day);
                try (ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  return String.format(
                      "%04d%02d%02d%04d",
                      day.getYear(), day.getMonthValue(), day.getDayOfMonth(), rs.getInt(1));
                }
              }
            });
  }

  /** Stores a new ticket. */
  public void insert(Ticket t) {
    context
        .data()
        .inTenant(
            tenant,
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO "
                          + s
                          + "ticket (tenant_id, "
                          + COLUMNS
                          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                          + " ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, tenant.id());
                bindTicket(ps, 2, t);
                return ps.executeUpdate();
              }
            });
  }

  /** Stores a ticket's changed state. */
  public void update(Ticket t) {
    context
        .data()
        .inTenant(
            tenant,
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "UPDATE "
                          + s
                          + "ticket SET status = ?, resolution = ?, answer = ?, lead_unit = ?,"
                          + " merged_into = ?, redo_count = ?, satisfaction = ?, updated_at = ?,"
                          + " closed_at = ? WHERE id = ?")) {
                ps.setString(1, t.status().name());
                ps.setString(2, name(t.resolution()));
                ps.setString(3, t.answer());
                ps.setString(4, t.leadUnit());
                ps.setString(5, t.mergedInto());
                ps.setInt(6, t.redoCount());
                ps.setString(7, name(t.satisfaction()));
                ps.setTimestamp(8, ts(t.updatedAt()));
                ps.setTimestamp(9, ts(t.closedAt()));
                ps.setObject(10, t.id());
                return ps.executeUpdate();
              }
            });
  }

  /** The ticket with this number. */
  public Optional<Ticket> find(String number) {
    return one("number = ?", number);
  }

  /** The ticket the city dispatched under this id. */
  public Optional<Ticket> findByCityRef(String ref) {
    return one("city_ref = ?", ref);
  }

  /** The ticket with this id. */
  public Optional<Ticket> findById(UUID id) {
    return one("id = ?", id);
  }

  /**
   * Tickets, newest first.
   *
   * @param where a condition on the ticket's columns (constant text), or empty for all
   * @param args its arguments
   * @param limit at most this many
   */
  public List<Ticket> list(String where, List<Object> args, int limit) {
    return context
        .data()
        .inTenant(
            tenant,
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT "
                          + COLUMNS
                          + " FROM "
                          + s
                          + "ticket"
                          + (where.isEmpty() ? "" : " WHERE " + where)
                          + " ORDER BY created_at DESC, number DESC LIMIT "
                          + limit)) {
                for (int i = 0; i < args.size(); i++) {
                  ps.setObject(i + 1, args.get(i));
                }
                return tickets(ps);
              }
            });
  }

  /** How many tickets a phone number submitted since an instant (the web form's abuse limit). */
  public int countByPhoneSince(String phone, Instant since) {
    return context
        .data()
        .inTenant(
            tenant,
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT count(*) FROM "
                          + s
                          + "ticket WHERE caller_phone = ? AND created_at >= ?")) {
                ps.setString(1, phone);
                ps.setTimestamp(2, ts(since));
                try (ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  return rs.getInt(1);
                }
              }
            });
  }

  /** Stores a new dispatch. */
  public void insert(Assignment a) {
    context
        .data()
        .inTenant(
            tenant,
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO "
                          + s
                          + "assignment (tenant_id, "
                          + ASSIGNMENT_COLUMNS
                          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                          + " ?, ?)")) {
                ps.setObject(1, tenant.id());
                bindAssignment(ps, 2, a);
                return ps.executeUpdate();
              }
            });
  }

  /** Stores a dispatch's changed state. */
  public void update(Assignment a) {
    context
        .data()
        .inTenant(
            tenant,
            c -> {
              try (PreparedStatement del =
                  c.prepareStatement("DELETE FROM " + s + "assignment WHERE id = ?")) {
                del.setObject(1, a.id());
                del.executeUpdate();
              }
              return null;
            });
    insert(a);
  }

  /** A ticket's dispatches, oldest first. */
  public List<Assignment> assignments(UUID ticketId) {
    return context
        .data()
        .inTenant(
            tenant,
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT "
                          + ASSIGNMENT_COLUMNS
                          + " FROM "
                          + s
                          + "assignment WHERE ticket_id = ? ORDER BY dispatched_at, lead DESC,"
                          + " unit")) {
                ps.setObject(1, ticketId);
                List<Assignment> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    out.add(assignment(rs));
                  }
                }
                return out;
              }
            });
  }

  /** The active lead dispatch of a ticket. */
  public Optional<Assignment> activeLead(UUID ticketId) {
    return assignments(ticketId).stream().filter(a -> a.active() && a.lead()).findFirst();
  }

  /** Records a step in the ticket's history. */
  public void event(
      UUID ticketId,
      Instant at,
      String actor,
      String action,
      String unit,
      String note,
      boolean pub) {
    new JdbcTicketEvents(context, tenant).add(ticketId, at, actor, action, unit, note, pub);
  }

  /** A ticket's history, oldest first. */
  public List<JdbcTicketEvents.Event> events(UUID ticketId) {
    return new JdbcTicketEvents(context, tenant).of(ticketId);
  }

  private Optional<Ticket> one(String where, Object arg) {
    return context
        .data()
        .inTenant(
            tenant,
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT " + COLUMNS + " FROM " + s + "ticket WHERE " + where)) {
                ps.setObject(1, arg);
                return tickets(ps).stream().findFirst();
              }
            });
  }

  private static List<Ticket> tickets(PreparedStatement ps) throws SQLException {
    List<Ticket> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(ticket(rs));
      }
    }
    return out;
  }

  private static Ticket ticket(ResultSet rs) throws SQLException {
    return new Ticket(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getString(3),
        Channel.valueOf(rs.getString(4)),
        rs.getString(5),
        TicketType.valueOf(rs.getString(6)),
        Urgency.valueOf(rs.getString(7)),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        rs.getString(12),
        rs.getString(13),
        rs.getString(14),
        (Double) rs.getObject(15),
        (Double) rs.getObject(16),
        rs.getString(17),
        TicketStatus.valueOf(rs.getString(18)),
        rs.getString(19) == null ? null : Resolution.valueOf(rs.getString(19)),
        rs.getString(20),
        rs.getString(21),
        rs.getString(22),
        rs.getInt(23),
        rs.getString(24) == null ? null : Satisfaction.valueOf(rs.getString(24)),
        rs.getTimestamp(25).toInstant(),
        rs.getTimestamp(26).toInstant(),
        instant(rs.getTimestamp(27)));
  }

  private static void bindTicket(PreparedStatement ps, int i, Ticket t) throws SQLException {
    ps.setObject(i++, t.id());
    ps.setString(i++, t.number());
    ps.setString(i++, t.queryCode());
    ps.setString(i++, t.channel().name());
    ps.setString(i++, t.cityRef());
    ps.setString(i++, t.type().name());
    ps.setString(i++, t.urgency().name());
    ps.setString(i++, t.serviceCode());
    ps.setString(i++, t.summary());
    ps.setString(i++, t.description());
    ps.setString(i++, t.callerName());
    ps.setString(i++, t.callerPhone());
    ps.setString(i++, t.accountId());
    ps.setString(i++, t.address());
    ps.setObject(i++, t.lat(), Types.DOUBLE);
    ps.setObject(i++, t.lon(), Types.DOUBLE);
    ps.setString(i++, t.mediaUrl());
    ps.setString(i++, t.status().name());
    ps.setString(i++, name(t.resolution()));
    ps.setString(i++, t.answer());
    ps.setString(i++, t.leadUnit());
    ps.setString(i++, t.mergedInto());
    ps.setInt(i++, t.redoCount());
    ps.setString(i++, name(t.satisfaction()));
    ps.setTimestamp(i++, ts(t.createdAt()));
    ps.setTimestamp(i++, ts(t.updatedAt()));
    ps.setTimestamp(i, ts(t.closedAt()));
  }

  private static Assignment assignment(ResultSet rs) throws SQLException {
    return new Assignment(
        rs.getObject(1, UUID.class),
        rs.getObject(2, UUID.class),
        rs.getString(3),
        rs.getBoolean(4),
        rs.getBoolean(5),
        rs.getTimestamp(6).toInstant(),
        rs.getObject(7, UUID.class),
        instant(rs.getTimestamp(8)),
        (Boolean) rs.getObject(9),
        rs.getObject(10, UUID.class),
        instant(rs.getTimestamp(11)),
        rs.getString(12),
        rs.getString(13),
        (Integer) rs.getObject(14),
        rs.getString(15),
        rs.getString(16),
        instant(rs.getTimestamp(17)),
        (Boolean) rs.getObject(18),
        rs.getString(19),
        rs.getString(20) == null ? null : Satisfaction.valueOf(rs.getString(20)),
        rs.getBoolean(21));
  }

  private static void bindAssignment(PreparedStatement ps, int i, Assignment a)
      throws SQLException {
    ps.setObject(i++, a.id());
    ps.setObject(i++, a.ticketId());
    ps.setString(i++, a.unit());
    ps.setBoolean(i++, a.lead());
    ps.setBoolean(i++, a.redo());
    ps.setTimestamp(i++, ts(a.dispatchedAt()));
    ps.setObject(i++, a.signClock());
    ps.setTimestamp(i++, ts(a.signedAt()));
    ps.setObject(i++, a.signedOnTime(), Types.BOOLEAN);
    ps.setObject(i++, a.handleClock());
    ps.setTimestamp(i++, ts(a.returnedAt()));
    ps.setString(i++, a.returnReason());
    ps.setString(i++, a.returnOutcome());
    ps.setObject(i++, a.extensionDays(), Types.INTEGER);
    ps.setString(i++, a.extensionReason());
    ps.setString(i++, a.extensionState());
    ps.setTimestamp(i++, ts(a.repliedAt()));
    ps.setObject(i++, a.repliedOnTime(), Types.BOOLEAN);
    ps.setString(i++, a.reply());
    ps.setString(i++, name(a.satisfaction()));
    ps.setBoolean(i, a.active());
  }

  private static String name(Enum<?> e) {
    return e == null ? null : e.name();
  }

  static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }

  static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
