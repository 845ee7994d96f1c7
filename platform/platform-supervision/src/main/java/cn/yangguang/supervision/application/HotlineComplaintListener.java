package cn.yangguang.supervision.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.kernel.outbox.OutboxEvent;
import cn.yangguang.kernel.outbox.OutboxListener;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantDirectory;
import cn.yangguang.supervision.domain.SupervisionRejectedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes efficiency complaints from the 12345 hotline when the hotline plugin is enabled: its {@code
 * hotline.ticket.opened} event ({@code {number, type, unitCode, summary}}) of the complaint type
 * becomes a complaint for the county's supervisors, once per ticket number. Supervision does not
 * depend on the plugin: without it no such event arrives.
 */
@ApplicationScoped
public class HotlineComplaintListener implements OutboxListener {

  private static final Logger LOG = Logger.getLogger(HotlineComplaintListener.class.getName());

  /** The ticket types that are complaints (投诉), in the plugin's words or codes. */
  static final Set<String> COMPLAINT_TYPES = Set.of("投诉", "COMPLAINT", "complaint");

  @Inject TenantDirectory tenants;
  @Inject Complaints complaints;

  /**
   * The event's names: as the plugin publishes it (the platform prefixes a plugin's events with its
   * id, {@code hotline-12345}), and the short name the hotline's contract first announced.
   */
  static final Set<String> EVENT_TYPES =
      Set.of("hotline-12345.ticket.opened", "hotline.ticket.opened");

  @Override
  public boolean accepts(String type) {
    return EVENT_TYPES.contains(type);
  }

  @Override
  public void on(OutboxEvent event) {
    JsonObject p;
    try {
      p = Json.createReader(new StringReader(event.payloadJson())).readObject();
    } catch (JsonException e) {
      LOG.log(Level.WARNING, "hotline event " + event.id() + " is not a JSON object", e);
      return;
    }
    if (!COMPLAINT_TYPES.contains(p.getString("type", ""))) {
      return;
    }
    TenantRef t =
        tenants.all().stream()
            .map(ResolvedTenant::ref)
            .filter(r -> r.id().equals(event.tenantId()))
            .findFirst()
            .orElse(null);
    if (t == null) {
      return;
    }
    try {
      complaints.fromHotline(
          t, p.getString("number", ""), p.getString("unitCode", ""), p.getString("summary", ""));
    } catch (SupervisionRejectedException e) {
      LOG.warning("hotline ticket " + p.getString("number", "?") + " not taken: " + e.getMessage());
    }
  }
}
