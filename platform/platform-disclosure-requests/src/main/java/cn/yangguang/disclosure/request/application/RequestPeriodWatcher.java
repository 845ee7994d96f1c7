package cn.yangguang.disclosure.request.application;

import cn.yangguang.disclosure.request.domain.RequestRejected;
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
 * Applies the end of the periods the applicant or a third party has, when the clock sweep reports
 * one OVERDUE: no supplement in time (Art. 30) or no payment in time closes the request as
 * abandoned; no third-party opinion in 15 working days resumes the answer clock. Every node gets
 * the event; the first to commit wins and the others find nothing left to do.
 */
@ApplicationScoped
public class RequestPeriodWatcher implements OutboxListener {

  private static final Logger LOG = Logger.getLogger(RequestPeriodWatcher.class.getName());

  @Inject TenantDirectory tenants;
  @Inject RequestHandling handling;

  @Override
  public boolean accepts(String type) {
    return "clock.level-changed".equals(type);
  }

  @Override
  public void on(OutboxEvent event) {
    JsonObject p = Json.createReader(new StringReader(event.payloadJson())).readObject();
    String type = p.getString("subjectType", "");
    String step = p.getString("step", "");
    if (!"OVERDUE".equals(p.getString("levelAfter", ""))
        || !(RequestClocks.CONSULTATION.equals(type)
            || (RequestClocks.SUBJECT.equals(type)
                && ("supplement".equals(step) || "payment".equals(step))))) {
      return;
    }
    UUID subject = UUID.fromString(p.getString("subjectId"));
    tenants.all().stream()
        .map(ResolvedTenant::ref)
        .filter(t -> t.id().equals(event.tenantId()))
        .findFirst()
        .ifPresent(
            t -> {
              try {
                if (RequestClocks.CONSULTATION.equals(type)) {
                  handling
                      .requestOfConsultation(t, subject)
                      .ifPresent(r -> handling.periodEnded(t, r, subject));
                } else {
                  handling.periodEnded(t, subject, null);
                }
              } catch (RequestRejected raced) {
                LOG.log(Level.FINE, "another node applied the period first", raced);
              }
            });
  }
}
