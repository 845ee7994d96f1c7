package cn.yangguang.hotline.infrastructure;

import cn.yangguang.api.plugin.PluginContext;
import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.hotline.domain.CityPlatform.CityStep;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A county's link to the prefecture's 12345 platform and the steps waiting to be reported there.
 * Steps are queued in the ticket's transaction and sent by the city job, so that a step taken while
 * the city is unreachable is reported later, and one not taken is never reported.
 */
public final class JdbcCityLink {

  private final PluginContext context;
  private final TenantRef tenant;
  private final String s;

  /** The link of one county. */
  public JdbcCityLink(PluginContext context, TenantRef tenant) {
    this.context = context;
    this.tenant = tenant;
    this.s = context.schema() + ".";
  }

  /**
   * Where the county's city platform is.
   *
   * @param endpoint its base address
   * @param apiKey the key the city gave the county
   * @param countyCode the county's code at the city
   * @param source "county" when set by the county admin, "manifest" from the county's settings
   */
  public record Link(String endpoint, String apiKey, String countyCode, String source) {}

  /** The county's link: the admin's, else the manifest's settings; empty when neither is set. */
  public Optional<Link> link() {
    Optional<Link> own =
        context
            .data()
            .inTenant(
                tenant,
                c -> {
                  try (PreparedStatement ps =
                          c.prepareStatement(
                              "SELECT endpoint, api_key, county_code FROM " + s + "city_link");
                      ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                        ? Optional.of(
                            new Link(rs.getString(1), rs.getString(2), rs.getString(3), "county"))
                        : Optional.<Link>empty();
                  }
                });
    if (own.isPresent()) {
      return own;
    }
    Map<String, String> settings = context.settings().of(tenant);
    String endpoint = settings.get("cityEndpoint");
    if (endpoint == null || endpoint.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        new Link(
            endpoint,
            settings.getOrDefault("cityApiKey", ""),
            settings.getOrDefault("cityCounty", tenant.slug()),
            "manifest"));
  }

  /** Sets the county's own link. */
  public void put(Link link, String actor, Instant now) {
    context
        .data()
        .inTenant(
            tenant,
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO "
                          + s
                          + "city_link (tenant_id, endpoint, api_key, county_code, changed_at,"
                          + " changed_by) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id) DO UPDATE"
                          + " SET endpoint = EXCLUDED.endpoint, api_key = EXCLUDED.api_key,"
                          + " county_code = EXCLUDED.county_code, changed_at = EXCLUDED.changed_at,"
                          + " changed_by = EXCLUDED.changed_by")) {
                ps.setObject(1, tenant.id());
                ps.setString(2, link.endpoint());
                ps.setString(3, link.apiKey());
                ps.setString(4, link.countyCode());
                ps.setTimestamp(5, JdbcTickets.ts(now));
                ps.setString(6, actor);
                return ps.executeUpdate();
              }
            });
  }

  /** Queues a step for the city. */
  public void queue(String ref, String kind, String text, int days, Instant now) {
    context
        .data()
        .inTenant(
            tenant,
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO "
                          + s
                          + "city_outbox (tenant_id, id, city_ref, kind, body, created_at) VALUES (?,"
                          + " ?, ?, ?, ?, ?)")) {
                ps.setObject(1, tenant.id());
                ps.setObject(2, UUID.randomUUID());
                ps.setString(3, ref);
                ps.setString(4, kind);
                ps.setString(5, days + "|" + (text == null ? "" : text));
                ps.setTimestamp(6, JdbcTickets.ts(now));
                return ps.executeUpdate();
              }
            });
  }

  /**
   * A step waiting to be sent.
   *
   * @param id its id
   * @param step what to send
   */
  public record Pending(UUID id, CityStep step) {}

  /** The steps not yet sent, oldest first. */
  public List<Pending> pending() {
    return context
        .data()
        .inTenant(
            tenant,
            c -> {
              List<Pending> out = new ArrayList<>();
              try (PreparedStatement ps =
                      c.prepareStatement(
                          "SELECT id, city_ref, kind, body FROM "
                              + s
                              + "city_outbox WHERE sent_at IS NULL ORDER BY created_at, id");
                  ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  String body = rs.getString(4);
                  int bar = body.indexOf('|');
                  out.add(
                      new Pending(
                          rs.getObject(1, UUID.class),
                          new CityStep(
                              rs.getString(2),
                              rs.getString(3),
                              body.substring(bar + 1),
                              Integer.parseInt(body.substring(0, bar)))));
                }
              }
              return out;
            });
  }

  /** Marks a step sent, or records why it was not. */
  public void result(UUID id, Instant now, String error) {
    context
        .data()
        .inTenant(
            tenant,
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "UPDATE "
                          + s
                          + "city_outbox SET sent_at = ?, attempts = attempts + 1, last_error = ?"
                          + " WHERE id = ?")) {
                ps.setTimestamp(1, error == null ? JdbcTickets.ts(now) : null);
                ps.setString(
                    2, error == null ? null : error.substring(0, Math.min(500, error.length())));
                ps.setObject(3, id);
                return ps.executeUpdate();
              }
            });
  }

  /** How many steps wait to be sent. */
  public int waiting() {
    return pending().size();
  }
}
