package cn.yangguang.supervision.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.kernel.audit.AuditTrail;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import cn.yangguang.supervision.domain.RiskPoint;
import cn.yangguang.supervision.domain.RiskPointRepository;
import cn.yangguang.supervision.domain.SupervisionRejectedException;
import cn.yangguang.supervision.domain.Violation;
import cn.yangguang.supervision.domain.ViolationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.List;
import java.util.UUID;

/**
 * The county's risk points (风险点) on process steps with their controls; the monitored ones (levels 1
 * and 2) with the open violations on their step, which is what "monitored with its control" shows a
 * supervisor.
 */
@ApplicationScoped
public class RiskPoints {

  @Inject TenantTransactions transactions;
  @Inject RiskPointRepository points;
  @Inject ViolationRepository violations;
  @Inject AuditTrail audit;
  @Inject PlatformClock clock;

  /** A risk point with the open violations found on its step (monitored points only). */
  public record Watched(RiskPoint point, boolean monitored, int openViolations) {}

  /** Every risk point, highest level first, with the open violations on its step. */
  public List<Watched> list(TenantRef t) {
    return transactions.call(
        t,
        () -> {
          List<Violation> open = violations.list(null, Violation.Status.OPEN, 5000);
          return points.all().stream()
              .map(
                  p ->
                      new Watched(
                          p,
                          p.monitored(),
                          p.monitored()
                              ? (int)
                                  open.stream()
                                      .filter(v -> p.level() == nullToZero(v.riskLevel()))
                                      .filter(v -> p.step().equals(v.step()))
                                      .count()
                              : 0))
              .toList();
        });
  }

  /** Adds a risk point (audited); it applies to violations found from now on. */
  public RiskPoint add(
      TenantRef t,
      String step,
      String itemKey,
      int level,
      String description,
      String control,
      String actor) {
    RiskPoint p;
    try {
      p =
          new RiskPoint(
              UUID.randomUUID(),
              step,
              itemKey == null || itemKey.isBlank() ? null : itemKey.strip(),
              level,
              SupervisionRejectedException.text("description", description, 2000),
              SupervisionRejectedException.text("control", control, 2000));
    } catch (IllegalArgumentException e) {
      throw SupervisionRejectedException.invalid("step", e.getMessage());
    }
    transactions.run(
        t,
        () -> {
          points.add(p, actor, clock.now());
          audit.record(
              t,
              actor,
              "supervisor",
              "risk-point",
              p.id().toString(),
              "risk-point.added",
              Json.createObjectBuilder()
                  .add("step", p.step())
                  .add("level", p.level())
                  .add("item", p.itemKey() == null ? "" : p.itemKey())
                  .build()
                  .toString());
        });
    return p;
  }

  private static int nullToZero(Integer i) {
    return i == null ? 0 : i;
  }
}
