package cn.yangguang.supervision.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.kernel.audit.AuditTrail;
import cn.yangguang.kernel.outbox.Outbox;
import cn.yangguang.kernel.tenancy.application.TenantStructureService;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import cn.yangguang.supervision.domain.Card;
import cn.yangguang.supervision.domain.CardRepository;
import cn.yangguang.supervision.domain.SupervisionRejectedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.List;
import java.util.UUID;

/**
 * Yellow and red cards (ADR 0051): issued by supervisors with a reason, escalated to red when the
 * department already holds a recent yellow card, audited and published.
 */
@ApplicationScoped
public class SupervisionCards {

  @Inject TenantTransactions transactions;
  @Inject CardRepository cards;
  @Inject TenantStructureService structure;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;
  @Inject PlatformClock clock;

  /** Issues a card (red when a yellow one escalates). */
  public Card issue(
      TenantRef t,
      Card.Colour colour,
      String departmentCode,
      String staffUsername,
      String reason,
      UUID orderId,
      String actor) {
    if (colour == null) {
      throw SupervisionRejectedException.invalid("colour", "must be YELLOW or RED");
    }
    if (departmentCode == null
        || structure.structure(t).departments().stream()
            .noneMatch(d -> d.code().equals(departmentCode))) {
      throw SupervisionRejectedException.invalid("department", "is not a department of the county");
    }
    return transactions.call(
        t,
        () -> {
          Card c =
              Card.issue(
                  UUID.randomUUID(),
                  colour,
                  departmentCode,
                  staffUsername,
                  reason,
                  orderId,
                  actor,
                  clock.now(),
                  cards.list(departmentCode, 200));
          cards.add(c);
          String summary =
              Json.createObjectBuilder()
                  .add("colour", c.colour().name())
                  .add("department", c.departmentCode())
                  .add("escalated", c.escalatedFrom() != null)
                  .add("reason", c.reason())
                  .build()
                  .toString();
          audit.record(
              t,
              actor,
              "supervisor",
              "supervision-card",
              c.id().toString(),
              "card.issued",
              summary);
          outbox.publish(
              t, "supervision.card-issued", "supervision-card", c.id().toString(), summary);
          return c;
        });
  }

  public List<Card> list(TenantRef t, String departmentCode, int limit) {
    return transactions.call(t, () -> cards.list(departmentCode, limit));
  }
}
