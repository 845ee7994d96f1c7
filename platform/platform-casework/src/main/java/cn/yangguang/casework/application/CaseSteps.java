package cn.yangguang.casework.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.casework.domain.CaseFile;
import cn.yangguang.casework.domain.CaseProcesses;
import cn.yangguang.casework.domain.CaseRejectedException;
import cn.yangguang.casework.domain.NotYourTaskException;
import cn.yangguang.casework.domain.WorkItem;
import cn.yangguang.casework.domain.WorkItemRepository;
import cn.yangguang.catalogue.domain.ItemFields;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Moves a case along its process: completes the engine task behind a work item and mirrors the
 * instance's new open tasks into work items, each with its step clock. The only code that turns
 * engine tasks into inbox lines.
 */
@ApplicationScoped
public class CaseSteps {

  @Inject CaseProcesses processes;
  @Inject WorkItemRepository workItems;
  @Inject CaseClocks clocks;

  /**
   * The open work item of {@code step} that {@code actor} may act on.
   *
   * @throws CaseRejectedException (conflict) when the case has no such open step
   * @throws NotYourTaskException when the step belongs to a post she does not fill
   */
  public WorkItem openStep(CaseFile c, String step, StaffActor actor) {
    List<WorkItem> open =
        workItems.byCase(c.id()).stream().filter(w -> w.open() && w.step().equals(step)).toList();
    if (open.isEmpty()) {
      throw CaseRejectedException.conflict(
          "step", "the case has no open step '" + step + "' (it is " + c.status() + ")");
    }
    return open.stream()
        .filter(w -> actor.holds(w.postCode()))
        .findFirst()
        .orElseThrow(
            () ->
                new NotYourTaskException(
                    "step '"
                        + step
                        + "' belongs to post "
                        + open.get(0).postCode()
                        + ", which "
                        + actor.username()
                        + " does not fill"));
  }

  /** Checks that {@code actor} fills the work item's post and that it is open. */
  public void requireActionable(WorkItem w, StaffActor actor) {
    if (!w.open()) {
      throw CaseRejectedException.conflict("workItem", "this step was already done");
    }
    if (!actor.holds(w.postCode())) {
      throw new NotYourTaskException(
          "this step belongs to post "
              + w.postCode()
              + ", which "
              + actor.username()
              + " does not fill");
    }
  }

  /**
   * Completes a work item's engine task, closes the item and its clock, and opens the items of the
   * tasks that follow.
   */
  public void complete(
      TenantRef t,
      CaseFile c,
      ItemFields item,
      WorkItem w,
      Map<String, Object> variables,
      String outcome,
      String actor,
      Instant now) {
    processes.complete(t.id(), w.taskId(), variables);
    workItems.close(w.taskId(), actor, outcome, now);
    if (!"accept".equals(w.step())) {
      clocks.complete(t, w.clockId(), actor);
    }
    openNewTasks(t, c, item, actor, now);
  }

  /** Points the case's open acceptance step at the restarted acceptance clock. */
  public void reopenAcceptance(CaseFile c, UUID clockId) {
    workItems.byCase(c.id()).stream()
        .filter(w -> w.open() && "accept".equals(w.step()))
        .forEach(w -> workItems.reassignClock(w.id(), clockId));
  }

  /**
   * Mirrors the instance's open tasks that have no work item yet.
   *
   * @return the work items opened
   */
  public List<WorkItem> openNewTasks(
      TenantRef t, CaseFile c, ItemFields item, String actor, Instant now) {
    Set<String> known =
        workItems.byCase(c.id()).stream().map(WorkItem::taskId).collect(Collectors.toSet());
    List<WorkItem> opened = new java.util.ArrayList<>();
    for (CaseProcesses.OpenTask task : processes.openTasks(t.id(), c.processInstanceId())) {
      if (known.contains(task.taskId())) {
        continue;
      }
      String post = task.candidateGroups().isEmpty() ? "" : task.candidateGroups().get(0);
      UUID clock =
          "accept".equals(task.step())
              ? c.acceptanceClockId()
              : clocks.startStep(t, c.id(), task.step(), item, now, actor);
      WorkItem w =
          new WorkItem(
              UUID.randomUUID(),
              c.id(),
              task.taskId(),
              task.step(),
              post,
              true,
              clock,
              now,
              null,
              null,
              null);
      workItems.add(w);
      opened.add(w);
    }
    return opened;
  }
}
