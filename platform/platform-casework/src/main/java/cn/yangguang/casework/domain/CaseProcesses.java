package cn.yangguang.casework.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The port to the BPMN engine. Every method is scoped to one county's tenant id: nothing it returns
 * can belong to another county. Called inside the county's tenant transaction, so the engine's
 * writes commit or roll back together with the case's.
 *
 * <p>Implementations are thread-safe. Variables carry post and department codes and outcomes only,
 * never personal data (the engine's tables are outside row-level security).
 */
public interface CaseProcesses {

  /** An open engine task of a process instance. */
  record OpenTask(String taskId, String step, List<String> candidateGroups) {}

  /**
   * Makes sure the county has the standard templates deployed (a new version only when a template
   * changed) and returns nothing; cheap when they are.
   */
  void ensureTemplates(UUID tenantId);

  /** Deploys a county's own validated BPMN under its key; returns the new definition's version. */
  int deployCustom(UUID tenantId, String definitionKey, String bpmnXml);

  /** Whether the county has a deployed definition with this key. */
  boolean hasDefinition(UUID tenantId, String definitionKey);

  /** Starts the latest definition of {@code definitionKey} for a case; returns the instance id. */
  String start(UUID tenantId, String definitionKey, UUID caseId, Map<String, Object> variables);

  /** The instance's open tasks. */
  List<OpenTask> openTasks(UUID tenantId, String processInstanceId);

  /**
   * Completes one open task with the given variables.
   *
   * @throws CaseRejectedException (conflict) when the task is not open in this county
   */
  void complete(UUID tenantId, String taskId, Map<String, Object> variables);

  /** Whether the instance has ended. */
  boolean ended(UUID tenantId, String processInstanceId);
}
