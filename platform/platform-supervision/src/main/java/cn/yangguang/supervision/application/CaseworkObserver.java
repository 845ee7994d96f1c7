package cn.yangguang.supervision.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.kernel.outbox.OutboxEvent;
import cn.yangguang.kernel.outbox.OutboxListener;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Watches casework from the outbox: every {@code case.*} event and every level change of a case's
 * clock makes supervision examine that case, with the event's id kept as evidence. Casework knows
 * nothing of this listener. Every node receives the events; the violation store's unique key keeps
 * each hit once. Events from before a node started are covered by the scan at start.
 */
@ApplicationScoped
public class CaseworkObserver implements OutboxListener {

  @Inject TenantDirectory tenants;
  @Inject ViolationDetection detection;

  @Override
  public boolean accepts(String type) {
    return type.startsWith("case.") || "clock.level-changed".equals(type);
  }

  @Override
  public void on(OutboxEvent event) {
    Optional<TenantRef> tenant = tenant(event);
    if (tenant.isEmpty()) {
      return;
    }
    String caseId = null;
    if (event.type().startsWith("case.") && "case".equals(event.subjectType())) {
      caseId = event.subjectId();
    } else if ("clock.level-changed".equals(event.type())) {
      JsonObject p = Json.createReader(new StringReader(event.payloadJson())).readObject();
      if ("case".equals(p.getString("subjectType", ""))) {
        caseId = p.getString("subjectId", null);
      }
    }
    if (caseId == null) {
      return;
    }
    UUID id;
    try {
      id = UUID.fromString(caseId);
    } catch (IllegalArgumentException notACase) {
      return; // a clock started by hand for a made-up subject
    }
    detection.examine(tenant.get(), id, List.of("outbox:" + event.id()));
  }

  private Optional<TenantRef> tenant(OutboxEvent event) {
    return tenants.all().stream()
        .map(ResolvedTenant::ref)
        .filter(t -> t.id().equals(event.tenantId()))
        .findFirst();
  }
}
