package cn.yangguang.casework.infrastructure;

import cn.yangguang.casework.domain.CaseProcesses;
import cn.yangguang.casework.domain.CaseRejectedException;
import cn.yangguang.casework.domain.ProcessTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.repository.Deployment;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;

/**
 * {@link CaseProcesses} on the embedded Flowable engine. Every deployment, instance and query
 * carries the county's tenant id; a task id from another county is simply not found.
 */
@ApplicationScoped
public class FlowableCaseProcesses implements CaseProcesses {

  @Inject FlowableEngine flowable;
  @Inject cn.yangguang.kernel.persistence.ContainerResources resources;

  /** Counties whose templates this node has checked since it started. */
  private final java.util.Set<UUID> checked = ConcurrentHashMap.newKeySet();

  @Override
  public void ensureTemplates(UUID tenantId) {
    if (checked.contains(tenantId)) {
      return;
    }
    ProcessEngine e = flowable.engine();
    var builder =
        e.getRepositoryService()
            .createDeployment()
            .name("yangguang-templates")
            .tenantId(tenantId.toString())
            .enableDuplicateFiltering();
    for (ProcessTemplate t : ProcessTemplate.values()) {
      if (t.resource() != null) {
        builder.addString(t.resource(), read(t.resource()));
      }
    }
    builder.deploy();
    // remembered only once the deployment is committed: a rolled-back first case must not leave
    // this node believing the templates are there
    resources
        .registry()
        .registerInterposedSynchronization(
            new jakarta.transaction.Synchronization() {
              @Override
              public void beforeCompletion() {}

              @Override
              public void afterCompletion(int status) {
                if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                  checked.add(tenantId);
                }
              }
            });
  }

  @Override
  public int deployCustom(UUID tenantId, String definitionKey, String bpmnXml) {
    ProcessEngine e = flowable.engine();
    Deployment d =
        e.getRepositoryService()
            .createDeployment()
            .name("county-" + definitionKey)
            .tenantId(tenantId.toString())
            .addString(definitionKey + ".bpmn20.xml", bpmnXml)
            .deploy();
    return e.getRepositoryService()
        .createProcessDefinitionQuery()
        .deploymentId(d.getId())
        .processDefinitionTenantId(tenantId.toString())
        .singleResult()
        .getVersion();
  }

  @Override
  public boolean hasDefinition(UUID tenantId, String definitionKey) {
    return flowable
            .engine()
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(definitionKey)
            .processDefinitionTenantId(tenantId.toString())
            .count()
        > 0;
  }

  @Override
  public String start(
      UUID tenantId, String definitionKey, UUID caseId, Map<String, Object> variables) {
    return flowable
        .engine()
        .getRuntimeService()
        .createProcessInstanceBuilder()
        .processDefinitionKey(definitionKey)
        .tenantId(tenantId.toString())
        .businessKey(caseId.toString())
        .variables(variables)
        .start()
        .getId();
  }

  @Override
  public List<OpenTask> openTasks(UUID tenantId, String processInstanceId) {
    ProcessEngine e = flowable.engine();
    List<Task> tasks =
        e.getTaskService()
            .createTaskQuery()
            .taskTenantId(tenantId.toString())
            .processInstanceId(processInstanceId)
            .orderByTaskCreateTime()
            .asc()
            .list();
    return tasks.stream()
        .map(
            t ->
                new OpenTask(
                    t.getId(),
                    t.getTaskDefinitionKey(),
                    e.getTaskService().getIdentityLinksForTask(t.getId()).stream()
                        .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null)
                        .map(IdentityLink::getGroupId)
                        .toList()))
        .toList();
  }

  @Override
  public void complete(UUID tenantId, String taskId, Map<String, Object> variables) {
    ProcessEngine e = flowable.engine();
    Task task =
        e.getTaskService()
            .createTaskQuery()
            .taskTenantId(tenantId.toString())
            .taskId(taskId)
            .singleResult();
    if (task == null) {
      throw CaseRejectedException.conflict("task", "this step is no longer open");
    }
    e.getTaskService().complete(taskId, variables);
  }

  @Override
  public boolean ended(UUID tenantId, String processInstanceId) {
    return flowable
            .engine()
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceTenantId(tenantId.toString())
            .processInstanceId(processInstanceId)
            .count()
        == 0;
  }

  private static String read(String resource) {
    try (InputStream in =
        FlowableCaseProcesses.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing process template " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
