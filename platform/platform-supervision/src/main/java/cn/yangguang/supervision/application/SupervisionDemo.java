package cn.yangguang.supervision.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.kernel.tenancy.application.TenantStructureService;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import cn.yangguang.kernel.tenancy.domain.TenantStructure;
import cn.yangguang.supervision.domain.Card;
import cn.yangguang.supervision.domain.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Seeds a county with SYNTHETIC supervision records through the same services supervisors use: an
 * order issued two weeks ago and never answered (past its reply deadline), one answered and closed,
 * one just issued, and a yellow card. Only for a county without any order, so a restart adds none.
 */
@ApplicationScoped
public class SupervisionDemo {

  static final String ACTOR = "system:demo-seed";

  @Inject TenantTransactions transactions;
  @Inject OrderRepository orderRepository;
  @Inject SupervisionOrders orders;
  @Inject SupervisionCards cards;
  @Inject Complaints complaints;
  @Inject Ratings ratings;
  @Inject TenantStructureService structure;
  @Inject PlatformClock clock;

  /** Seeds the county unless it has orders; returns how many records were created. */
  public int seed(TenantRef t) {
    if (!transactions.call(t, () -> orderRepository.list(null, 1).isEmpty())) {
      return 0;
    }
    List<TenantStructure.DepartmentView> bureaus =
        structure.structure(t).departments().stream()
            .filter(d -> "BUREAU".equals(d.kind()))
            .toList();
    if (bureaus.size() < 2) {
      return 0;
    }
    String first = bureaus.get(0).code();
    String second = bureaus.get(1).code();
    Instant now = clock.now();
    var late =
        orders.issue(
            t,
            new SupervisionOrders.NewOrder(
                first, "超期办件督办（演示）", "请核查本部门超期未办结的办件，说明原因并限期办结（演示数据）。", 3, null, null),
            ACTOR,
            now.minus(Duration.ofDays(14)));
    var answered =
        orders.issue(
            t,
            new SupervisionOrders.NewOrder(
                second, "收费公示不全督办（演示）", "窗口收费标准未按要求公示，请整改并答复（演示数据）。", 5, null, null),
            ACTOR,
            now.minus(Duration.ofDays(7)));
    orders.reply(t, answered.order().id(), "已在窗口补充公示收费依据和标准（演示）。", ACTOR, second, true);
    orders.close(t, answered.order().id(), "整改到位（演示）。", ACTOR);
    orders.issue(
        t,
        new SupervisionOrders.NewOrder(
            second, "群众反映办事排队时间长（演示）", "请说明高峰时段窗口安排并提出改进措施（演示数据）。", 5, null, null),
        ACTOR);
    cards.issue(
        t,
        Card.Colour.YELLOW,
        first,
        null,
        "督办单 " + late.order().number() + " 逾期未答复（演示）",
        late.order().id(),
        ACTOR);
    return 4 + feedback(t, bureaus, now);
  }

  /**
   * Complaints (one past its deadline, one concluded) and window ratings (one bad rating past its
   * follow-up deadline).
   */
  private int feedback(TenantRef t, List<TenantStructure.DepartmentView> bureaus, Instant now) {
    TenantStructure.DepartmentView first = bureaus.get(0);
    TenantStructure.DepartmentView second = bureaus.get(1);
    complaints.seed(
        t, "王建国（演示）", first.code(), "窗口工作人员多次让我补材料，每次说法不一（演示）。", now.minus(Duration.ofDays(20)));
    var answered =
        complaints.seed(
            t, "李秀英（演示）", second.code(), "窗口午休时段无人值守（演示）。", now.minus(Duration.ofDays(6)));
    complaints.conclude(
        t,
        answered.complaint().id(),
        cn.yangguang.supervision.domain.Complaint.Outcome.PARTLY,
        "已要求部门落实午间轮岗（演示）。",
        ACTOR);
    int n = 2;
    int[] levels = {1, 5, 5, 4, 5, 3};
    for (int i = 0; i < levels.length; i++) {
      TenantStructure.DepartmentView d = i % 2 == 0 ? first : second;
      if (d.posts().isEmpty()) {
        continue;
      }
      ratings.seedWindow(
          t,
          d.code(),
          d.posts().get(0).code(),
          levels[i],
          levels[i] <= 2 ? "等了一个多小时，态度也不好（演示）" : "办事顺利（演示）",
          now.minus(Duration.ofDays(12 - i)));
      n++;
    }
    return n;
  }
}
