package cn.yangguang.casework.application;

import cn.yangguang.casework.domain.CaseRejectedException;
import cn.yangguang.kernel.outbox.OutboxEvent;
import cn.yangguang.kernel.outbox.OutboxListener;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies Art. 32 of the Licensing Law when nobody acted: when the clock sweep reports that a
 * case's acceptance period is overdue, the case counts as accepted on receipt and its decision
 * clock starts from there.
 *
 * <p>Every node receives the event; the first to commit wins and the others find the case no longer
 * waiting (or lose the version check), which is harmless. A period that ends while no node runs is
 * applied when staff next act on the case ({@link CaseHandling#accept} accepts from receipt).
 */
@ApplicationScoped
public class AcceptancePeriodWatcher implements OutboxListener {

  private static final Logger LOG = Logger.getLogger(AcceptancePeriodWatcher.class.getName());

  @Inject TenantDirectory tenants;
  @Inject CaseHandling handling;

  @Override
  public boolean accepts(String type) {
    return "clock.level-changed".equals(type);
  }

  @Override
  public void on(OutboxEvent event) {
    JsonObject p = Json.createReader(new StringReader(event.payloadJson())).readObject();
    if (!"case".equals(p.getString("subjectType", ""))
        || !"acceptance".equals(p.getString("step", ""))
        || !"OVERDUE".equals(p.getString("levelAfter", ""))) {
      return;
    }
    tenants.all().stream()
        .map(ResolvedTenant::ref)
        .filter(t -> t.id().equals(event.tenantId()))
        .findFirst()
        .ifPresent(
            t -> {
              try {
                handling.deemAccepted(t, UUID.fromString(p.getString("subjectId")));
              } catch (CaseRejectedException raced) {
                LOG.log(Level.FINE, "another node applied the acceptance period first", raced);
              }
            });
  }
}
