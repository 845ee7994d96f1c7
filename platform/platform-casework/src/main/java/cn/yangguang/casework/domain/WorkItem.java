package cn.yangguang.casework.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A step of a case waiting in (or done from) a post's inbox: one engine task, mirrored into a
 * casework table under row-level security so that inboxes never query the engine's unprotected
 * tables, and sorted by the step's clock.
 *
 * @param step the task's id in the BPMN ({@code accept}, {@code review}, {@code branch}, ...)
 * @param outcome what the step decided, once done
 */
public record WorkItem(
    UUID id,
    UUID caseId,
    String taskId,
    String step,
    String postCode,
    boolean open,
    UUID clockId,
    Instant createdAt,
    Instant doneAt,
    String doneBy,
    String outcome) {}
