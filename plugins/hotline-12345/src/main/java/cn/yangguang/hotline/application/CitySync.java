package cn.yangguang.hotline.application;

import cn.yangguang.api.plugin.PluginContext;
import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.hotline.domain.Channel;
import cn.yangguang.hotline.domain.CityPlatform;
import cn.yangguang.hotline.domain.CityUnavailableException;
import cn.yangguang.hotline.domain.Satisfaction;
import cn.yangguang.hotline.domain.Ticket;
import cn.yangguang.hotline.domain.TicketException;
import cn.yangguang.hotline.domain.TicketStatus;
import cn.yangguang.hotline.infrastructure.HttpCityPlatform;
import cn.yangguang.hotline.infrastructure.JdbcCityLink;
import cn.yangguang.hotline.infrastructure.JdbcTickets;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * One exchange with the prefecture's platform for a county: takes in the tickets the city
 * dispatched (once each: the city's id is unique per county), sends the steps waiting in the
 * county's outbox in order, and applies the city's call-back verdicts to replied tickets.
 * Idempotent, so the job may run it as often as it likes; a city that does not answer leaves the
 * steps waiting and is reported in the result.
 */
public final class CitySync {

  private final PluginContext context;
  private final TenantRef tenant;
  private final BiFunction<String, String, CityPlatform> platforms;

  /** With the HTTP adapter. */
  public CitySync(PluginContext context, TenantRef tenant) {
    this(context, tenant, HttpCityPlatform::new);
  }

  /** With the adapter a function makes from an endpoint and key. */
  CitySync(
      PluginContext context, TenantRef tenant, BiFunction<String, String, CityPlatform> platforms) {
    this.context = context;
    this.tenant = tenant;
    this.platforms = platforms;
  }

  /**
   * What an exchange did.
   *
   * @param linked whether the county has a city link
   * @param received tickets taken in
   * @param sent steps sent
   * @param verdicts verdicts applied
   * @param error why the exchange stopped, or null
   */
  public record Result(boolean linked, int received, int sent, int verdicts, String error) {}

  /** Runs one exchange; {@code actor} is the dispatcher or {@code system:city-sync}. */
  public Result run(String actor) {
    JdbcCityLink links = new JdbcCityLink(context, tenant);
    Optional<JdbcCityLink.Link> link = links.link();
    if (link.isEmpty()) {
      return new Result(false, 0, 0, 0, null);
    }
    // one exchange per county at a time (the job on one node, a dispatcher's "sync now" on
    // another):
    // the lock is the transaction's, released at its end
    context
        .data()
        .inTenant(
            tenant,
            c -> {
              try (var ps = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
                ps.setString(1, "hotline-12345/city/" + tenant.id());
                ps.execute();
              }
              return null;
            });
    CityPlatform city = platforms.apply(link.get().endpoint(), link.get().apiKey());
    String county = link.get().countyCode();
    JdbcTickets tickets = new JdbcTickets(context, tenant);
    int received = 0;
    int sent = 0;
    int applied = 0;
    try {
      for (JdbcCityLink.Pending p : links.pending()) {
        try {
          city.send(p.step());
          links.result(p.id(), context.clock().now(), null);
          sent++;
        } catch (CityUnavailableException e) {
          links.result(p.id(), context.clock().now(), e.getMessage());
          throw e;
        }
      }
      for (CityPlatform.CityTicket c : city.dispatched(county)) {
        if (tickets.findByCityRef(c.ref()).isPresent()) {
          continue;
        }
        new Intake(context, tenant)
            .take(
                new Intake.NewTicket(
                    Channel.CITY,
                    c.type(),
                    c.urgency(),
                    null,
                    c.summary(),
                    c.description(),
                    c.callerName(),
                    c.callerPhone(),
                    null,
                    c.address(),
                    null,
                    null,
                    c.ref()),
                null,
                actor);
        received++;
      }
      Handling handling = new Handling(context, tenant);
      for (CityPlatform.CityVerdict v : city.verdicts(county)) {
        Optional<Ticket> t = tickets.findByCityRef(v.ref());
        if (t.isPresent() && t.get().status() == TicketStatus.REPLIED) {
          handling.judge(
              t.get(),
              Satisfaction.parse(v.satisfaction()),
              "市级平台回访",
              new Handling.Actor(actor, null, null));
          applied++;
        }
      }
    } catch (CityUnavailableException | TicketException e) {
      return new Result(true, received, sent, applied, e.getMessage());
    }
    return new Result(true, received, sent, applied, null);
  }
}
