package cn.yangguang.supervision.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.kernel.audit.AuditTrail;
import cn.yangguang.kernel.calendar.domain.TimeUnit;
import cn.yangguang.kernel.clock.application.ClockService;
import cn.yangguang.kernel.clock.domain.Clock;
import cn.yangguang.kernel.clock.domain.ClockStatus;
import cn.yangguang.kernel.outbox.Outbox;
import cn.yangguang.kernel.tenancy.application.TenantStructureService;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import cn.yangguang.supervision.domain.OrderRepository;
import cn.yangguang.supervision.domain.SupervisionOrder;
import cn.yangguang.supervision.domain.SupervisionRejectedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * Supervision orders (督办单, ADR 0050): a supervisor issues one to a department with a reply period
 * in working days, kept by a kernel clock of the SUPERVISION regime (green, yellow, red, overdue as
 * the calendar says); the department's staff reply, which stops the clock (late if it was overdue);
 * the supervisor closes it. Every step is audited and published.
 */
@ApplicationScoped
public class SupervisionOrders {

  /** The clock regime of supervision's reply and follow-up periods. */
  public static final String REGIME = "SUPERVISION";

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Inject TenantTransactions transactions;
  @Inject OrderRepository orders;
  @Inject ClockService clocks;
  @Inject TenantStructureService structure;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;
  @Inject PlatformClock clock;

  /** An order with its clock. */
  public record OrderView(SupervisionOrder.State order, ClockView clock) {}

  /** What a new order says. */
  public record NewOrder(
      String departmentCode,
      String subject,
      String detail,
      int replyDays,
      UUID violationId,
      UUID complaintId) {}

  /** Issues an order; its reply clock starts now. */
  public OrderView issue(TenantRef t, NewOrder n, String actor) {
    return issue(t, n, actor, null);
  }

  /** Issues an order as of {@code at} (null: now); a past time only for seeded demo orders. */
  OrderView issue(TenantRef t, NewOrder n, String actor, Instant at) {
    SupervisionOrder.validate(n.departmentCode(), n.subject(), n.detail(), n.replyDays());
    requireDepartment(t, n.departmentCode());
    return transactions.call(
        t,
        () -> {
          Instant now = at == null ? clock.now() : at;
          UUID id = UUID.randomUUID();
          Clock k =
              clocks.start(
                  t,
                  new Clock.Subject("supervision-order", id.toString(), "reply"),
                  REGIME,
                  TimeUnit.WORKING_DAYS,
                  n.replyDays(),
                  now,
                  actor);
          String number =
              orders.nextNumber(
                  "DB-" + DateTimeFormatter.BASIC_ISO_DATE.format(now.atZone(ZONE)) + "-");
          SupervisionOrder o =
              new SupervisionOrder(
                  new SupervisionOrder.State(
                      id,
                      number,
                      n.departmentCode(),
                      n.subject().strip(),
                      n.detail().strip(),
                      n.violationId(),
                      n.complaintId(),
                      n.replyDays(),
                      k.id(),
                      SupervisionOrder.Status.OPEN,
                      actor,
                      now,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      0));
          orders.add(o);
          journal(t, o, "issued", actor, "supervisor");
          return new OrderView(o.state(), ClockView.of(k));
        });
  }

  /**
   * The department replies.
   *
   * @param actorDepartment the department of the replying staff member
   * @param countyAdmin whether she is a county admin (may reply for any department)
   */
  public OrderView reply(
      TenantRef t,
      UUID id,
      String text,
      String actor,
      String actorDepartment,
      boolean countyAdmin) {
    return transactions.call(
        t,
        () -> {
          SupervisionOrder o = load(id);
          if (!countyAdmin && !o.state().departmentCode().equals(actorDepartment)) {
            throw new NotYourOrderException(
                "order " + o.state().number() + " is for " + o.state().departmentCode());
          }
          Clock k = clocks.find(t, o.state().clockId()).orElseThrow();
          boolean late = k.level() == cn.yangguang.kernel.clock.domain.ClockLevel.OVERDUE;
          o.reply(text, actor, clock.now(), late);
          save(o);
          if (k.status() == ClockStatus.RUNNING || k.status() == ClockStatus.PAUSED) {
            clocks.complete(t, k.id(), actor);
          }
          journal(t, o, "replied", actor, "deptadmin");
          return view(t, o);
        });
  }

  /** The supervisor closes a replied order. */
  public OrderView close(TenantRef t, UUID id, String note, String actor) {
    return transactions.call(
        t,
        () -> {
          SupervisionOrder o = load(id);
          o.close(note, actor, clock.now());
          save(o);
          journal(t, o, "closed", actor, "supervisor");
          return view(t, o);
        });
  }

  public OrderView find(TenantRef t, UUID id) {
    return transactions.call(t, () -> view(t, load(id)));
  }

  /** Most recent first; only one department's when given. */
  public List<OrderView> list(TenantRef t, String departmentCode, int limit) {
    return transactions.call(
        t, () -> orders.list(departmentCode, limit).stream().map(o -> view(t, o)).toList());
  }

  private OrderView view(TenantRef t, SupervisionOrder o) {
    return new OrderView(o.state(), ClockView.of(clocks.find(t, o.state().clockId()).orElse(null)));
  }

  private SupervisionOrder load(UUID id) {
    return orders
        .find(id)
        .orElseThrow(() -> SupervisionRejectedException.notFound("supervision order " + id));
  }

  private void save(SupervisionOrder o) {
    if (!orders.update(o)) {
      throw SupervisionRejectedException.conflict("the order changed meanwhile; reload it");
    }
  }

  private void requireDepartment(TenantRef t, String code) {
    boolean known =
        structure.structure(t).departments().stream().anyMatch(d -> d.code().equals(code));
    if (!known) {
      throw SupervisionRejectedException.invalid("department", "is not a department of the county");
    }
  }

  private void journal(TenantRef t, SupervisionOrder o, String kind, String actor, String role) {
    SupervisionOrder.State s = o.state();
    String summary =
        Json.createObjectBuilder()
            .add("number", s.number())
            .add("department", s.departmentCode())
            .add("status", s.status().name())
            .build()
            .toString();
    audit.record(t, actor, role, "supervision-order", s.id().toString(), "order." + kind, summary);
    outbox.publish(t, "supervision.order-" + kind, "supervision-order", s.id().toString(), summary);
  }

  /** A staff member of another department tried to reply. */
  public static class NotYourOrderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotYourOrderException(String message) {
      super(message);
    }
  }
}
