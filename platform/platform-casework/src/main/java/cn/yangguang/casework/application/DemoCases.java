package cn.yangguang.casework.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.casework.domain.Applicant;
import cn.yangguang.casework.domain.CaseFile;
import cn.yangguang.casework.domain.CaseRepository;
import cn.yangguang.casework.domain.Channel;
import cn.yangguang.casework.domain.WorkItem;
import cn.yangguang.casework.domain.WorkItemRepository;
import cn.yangguang.catalogue.domain.ItemFields;
import cn.yangguang.catalogue.domain.ItemRepository;
import cn.yangguang.catalogue.domain.ServiceItem;
import cn.yangguang.kernel.tenancy.application.TenantStructureService;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Seeds a county with SYNTHETIC demo cases in every state, through the same services staff use: a
 * fresh application, one waiting for a supplement, a refusal, cases in review, approved, rejected
 * and completed, a joint case waiting for one branch, and cases received weeks ago whose acceptance
 * period and decision limit have run out (the clock sweep turns them red and overdue). Only for a
 * county with no case at all, so a restart never adds more.
 */
@ApplicationScoped
public class DemoCases {

  static final String ACTOR = "system:demo-seed";
  private static final byte[] PDF =
      "%PDF-1.4\n% SYNTHETIC demo material\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);
  private static final String[][] PEOPLE = {
    {"王建国（演示）", "422822198503150018", "13900000001"},
    {"李秀英（演示）", "422822199207220020", "13900000002"},
    {"张伟（演示）", "422822197811050030", "13900000003"},
    {"刘芳（演示）", "422822200101010047", "13900000004"},
    {"陈静（演示）", "422822198809090054", "13900000005"},
  };

  @Inject TenantTransactions transactions;
  @Inject CaseRepository cases;
  @Inject WorkItemRepository workItems;
  @Inject ItemRepository items;
  @Inject CaseIntake intake;
  @Inject CaseHandling handling;
  @Inject ProcessBindings bindings;
  @Inject TenantStructureService structure;
  @Inject PlatformClock clock;

  /** Seeds the county unless it has cases; returns how many were created. */
  public int seed(TenantRef t) {
    if (!transactions.call(t, () -> cases.list(null, 1).isEmpty())) {
      return 0;
    }
    StaffActor staff =
        new StaffActor(
            ACTOR,
            Set.of("clerk", "reviewer", "approver"),
            structure.structure(t).departments().stream()
                .flatMap(d -> d.posts().stream())
                .map(p -> p.code())
                .collect(Collectors.toSet()));
    List<ServiceItem> promise =
        transactions.call(
            t,
            () ->
                items.allPublished().stream()
                    .filter(i -> i.fields().takesApplications())
                    .filter(i -> "PROMISED".equals(i.fields().caseKind()))
                    .filter(
                        i ->
                            bindings.resolve(t, i.fields()).posts().stream().allMatch(staff::holds))
                    .limit(12)
                    .toList());
    if (promise.size() < 8) {
      return 0;
    }
    Instant now = clock.now();
    int n = 0;
    // one of each state
    apply(t, promise.get(0), 0, null);
    n++;
    CaseFile s = apply(t, promise.get(1), 1, null);
    handling.requestSupplement(t, s.id(), "请补充申请人身份证明复印件（演示）", staff);
    n++;
    CaseFile r = apply(t, promise.get(2), 2, null);
    handling.refuse(t, r.id(), "申请事项不属于本机关职权范围（演示）", staff);
    n++;
    CaseFile inReview = apply(t, promise.get(3), 3, null);
    handling.accept(t, inReview.id(), staff);
    n++;
    advance(t, apply(t, promise.get(4), 4, null), staff, 2, true);
    n++;
    advance(t, apply(t, promise.get(5), 0, null), staff, 2, false);
    n++;
    advance(t, apply(t, promise.get(6), 1, null), staff, 3, true);
    n++;
    // received weeks ago and never touched: overdue acceptance, then an overdue decision
    apply(t, promise.get(7), 2, now.minus(Duration.ofDays(40)));
    n++;
    if (promise.size() > 8) {
      CaseFile late = apply(t, promise.get(8), 3, now.minus(Duration.ofDays(3)));
      handling.accept(t, late.id(), staff);
      n++;
    }
    n += jointWaitingForOneBranch(t, staff);
    return n;
  }

  /** A joint case whose first branch is done and whose other waits (when the county binds one). */
  private int jointWaitingForOneBranch(TenantRef t, StaffActor staff) {
    var joint =
        bindings.list(t).stream()
            .filter(b -> b.template() == cn.yangguang.casework.domain.ProcessTemplate.JOINT)
            .findFirst();
    if (joint.isEmpty()) {
      return 0;
    }
    var item = transactions.call(t, () -> items.published(joint.get().itemKey()));
    if (item.isEmpty()) {
      return 0;
    }
    CaseFile c = apply(t, item.get(), 4, null);
    advance(t, c, staff, 1, true);
    return 1;
  }

  /** Accepts and completes the next {@code steps} steps (the last one approving or rejecting). */
  private CaseFile advance(TenantRef t, CaseFile c, StaffActor staff, int steps, boolean approve) {
    handling.accept(t, c.id(), staff);
    CaseFile now = c;
    for (int i = 0; i < steps; i++) {
      List<WorkItem> open =
          transactions.call(
              t, () -> workItems.byCase(c.id()).stream().filter(WorkItem::open).toList());
      if (open.isEmpty()) {
        break;
      }
      now =
          handling.completeStep(
              t, open.get(0).id(), approve, approve ? "同意（演示）" : "不符合法定条件（演示）", staff);
    }
    return now;
  }

  private CaseFile apply(TenantRef t, ServiceItem item, int person, Instant receivedAt) {
    String[] p = PEOPLE[person % PEOPLE.length];
    List<CaseIntake.MaterialRef> materials = new ArrayList<>();
    for (ItemFields.Material m : item.fields().materials()) {
      if ("REQUIRED".equals(m.necessity())) {
        var f = intake.upload(t, "demo.pdf", new ByteArrayInputStream(PDF), ACTOR);
        materials.add(new CaseIntake.MaterialRef(m.name(), f.id()));
      }
    }
    return intake
        .submit(
            t,
            new CaseIntake.Application(
                item.key(),
                Channel.WINDOW,
                new Applicant("PERSON", p[0], p[1], p[2]),
                materials,
                "demo-" + UUID.randomUUID(),
                ACTOR,
                null,
                receivedAt))
        .caseFile();
  }
}
