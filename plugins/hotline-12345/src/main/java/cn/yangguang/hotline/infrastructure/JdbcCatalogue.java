package cn.yangguang.hotline.infrastructure;

import cn.yangguang.api.plugin.PluginContext;
import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.hotline.domain.DispatchCatalogue;
import cn.yangguang.hotline.domain.DispatchCatalogue.Rule;
import cn.yangguang.hotline.domain.DispatchCatalogue.Service;
import cn.yangguang.hotline.domain.TicketType;
import cn.yangguang.hotline.domain.TimeLimits;
import cn.yangguang.hotline.domain.TimeLimits.Limit;
import cn.yangguang.hotline.domain.Urgency;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A county's dispatch catalogue (services and their rules), time limits and handling units. A
 * county that enables the hotline starts with the standard services, each routed to the county's
 * department whose name carries the duty (住房和城乡建设, 民政, ...): the county's dispatchers then adjust
 * it.
 */
public final class JdbcCatalogue {

  private final PluginContext context;
  private final TenantRef tenant;
  private final String s;

  /** The catalogue of one county. */
  public JdbcCatalogue(PluginContext context, TenantRef tenant) {
    this.context = context;
    this.tenant = tenant;
    this.s = context.schema() + ".";
  }

  /** The county's services, seeding the standard ones on first use. */
  public List<Service> services() {
    return context
        .data()
        .inTenant(
            tenant,
            c -> {
              List<Service> out = read(c);
              if (out.isEmpty()) {
                seed(c);
                out = read(c);
              }
              return out;
            });
  }

  /** One service. */
  public Optional<Service> service(String code) {
    return services().stream().filter(x -> x.code().equals(code)).findFirst();
  }

  /** The rules of every service. */
  public List<Rule> rules() {
    services();
    return context
        .data()
        .inTenant(
            tenant,
            c -> {
              List<Rule> out = new ArrayList<>();
              try (PreparedStatement ps =
                      c.prepareStatement(
                          "SELECT service_code, place, lead_unit, co_units FROM "
                              + s
                              + "dispatch_rule ORDER BY service_code, place");
                  ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  out.add(
                      new Rule(
                          rs.getString(1),
                          rs.getString(2),
                          rs.getString(3),
                          units(rs.getString(4))));
                }
              }
              return out;
            });
  }

  /** Sets (or replaces) the rule of a service for a place ("" for anywhere). */
  public void putRule(Rule rule) {
    context
        .data()
        .inTenant(
            tenant,
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO "
                          + s
                          + "dispatch_rule (tenant_id, service_code, place, lead_unit, co_units)"
                          + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (tenant_id, service_code, place)"
                          + " DO UPDATE SET lead_unit = EXCLUDED.lead_unit, co_units ="
                          + " EXCLUDED.co_units")) {
                ps.setObject(1, tenant.id());
                ps.setString(2, rule.serviceCode());
                ps.setString(3, rule.place());
                ps.setString(4, rule.leadUnit());
                ps.setString(5, String.join(",", rule.coUnits()));
                return ps.executeUpdate();
              }
            });
  }

  /** The county's handling units: its active departments, code to name. */
  public Map<String, String> units() {
    return context
        .data()
        .inTenant(
            tenant,
            c -> {
              Map<String, String> out = new LinkedHashMap<>();
              try (PreparedStatement ps =
                      c.prepareStatement(
                          "SELECT code, name_zh FROM yg.department WHERE active ORDER BY sort_order,"
                              + " code");
                  ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  out.put(rs.getString(1), rs.getString(2));
                }
              }
              return out;
            });
  }

  /** The county's limit for a step, or the standard one. */
  public Limit limit(TimeLimits.Step step, TicketType type, Urgency urgency) {
    return context
        .data()
        .inTenant(
            tenant,
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT amount, unit FROM "
                          + s
                          + "time_limit WHERE step = ? AND type = ? AND urgency = ?")) {
                ps.setString(1, step.name());
                ps.setString(2, type.name());
                ps.setString(3, urgency.name());
                try (ResultSet rs = ps.executeQuery()) {
                  if (rs.next()) {
                    return new Limit(rs.getInt(1), TimeLimits.Unit.valueOf(rs.getString(2)));
                  }
                }
              }
              return TimeLimits.standard(step, type, urgency);
            });
  }

  /** Sets a county's limit. */
  public void putLimit(TimeLimits.Step step, TicketType type, Urgency urgency, Limit limit) {
    context
        .data()
        .inTenant(
            tenant,
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO "
                          + s
                          + "time_limit (tenant_id, step, type, urgency, amount, unit) VALUES (?, ?,"
                          + " ?, ?, ?, ?) ON CONFLICT (tenant_id, step, type, urgency) DO UPDATE SET"
                          + " amount = EXCLUDED.amount, unit = EXCLUDED.unit")) {
                ps.setObject(1, tenant.id());
                ps.setString(2, step.name());
                ps.setString(3, type.name());
                ps.setString(4, urgency.name());
                ps.setInt(5, limit.amount());
                ps.setString(6, limit.unit().name());
                return ps.executeUpdate();
              }
            });
  }

  private List<Service> read(Connection c) throws SQLException {
    List<Service> out = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT code, name, description, grp, keywords, ticket_type FROM "
                    + s
                    + "service ORDER BY sort_order, code");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new Service(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                TicketType.valueOf(rs.getString(6))));
      }
    }
    return out;
  }

  private void seed(Connection c) throws SQLException {
    int order = 0;
    for (DispatchCatalogue.Standard std : DispatchCatalogue.STANDARD) {
      Service svc = std.service();
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO "
                  + s
                  + "service (tenant_id, code, name, description, grp, keywords, ticket_type,"
                  + " sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
        ps.setObject(1, tenant.id());
        ps.setString(2, svc.code());
        ps.setString(3, svc.name());
        ps.setString(4, svc.description());
        ps.setString(5, svc.group());
        ps.setString(6, svc.keywords());
        ps.setString(7, svc.type().name());
        ps.setInt(8, order++);
        ps.executeUpdate();
      }
      Optional<String> lead = departmentNamed(c, std.leadDuty());
      if (lead.isEmpty()) {
        continue; // the county has no such department: its dispatcher routes these by hand
      }
      List<String> co = new ArrayList<>();
      for (String duty : std.coDuties()) {
        departmentNamed(c, duty).filter(d -> !d.equals(lead.get())).ifPresent(co::add);
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO "
                  + s
                  + "dispatch_rule (tenant_id, service_code, place, lead_unit, co_units) VALUES"
                  + " (?, ?, '', ?, ?) ON CONFLICT DO NOTHING")) {
        ps.setObject(1, tenant.id());
        ps.setString(2, svc.code());
        ps.setString(3, lead.get());
        ps.setString(4, String.join(",", co));
        ps.executeUpdate();
      }
    }
  }

  private static Optional<String> departmentNamed(Connection c, String duty) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT code FROM yg.department WHERE active AND position(? in name_zh) > 0"
                + " ORDER BY sort_order, code LIMIT 1")) {
      ps.setString(1, duty);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  private static List<String> units(String csv) {
    return csv == null || csv.isBlank()
        ? List.of()
        : Arrays.stream(csv.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
  }
}
