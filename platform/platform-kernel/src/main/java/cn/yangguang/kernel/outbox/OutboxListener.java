package cn.yangguang.kernel.outbox;

/**
 * Receives outbox events on this node, in commit order.
 *
 * <p>Lifecycle: an application-scoped CDI bean, discovered at startup. Threading: called from the
 * node's single outbox tailer thread, one event at a time, outside any transaction; open a tenant
 * transaction for work on tenant data. Delivery is at least once (after a crash an event can come
 * again): be idempotent by {@link OutboxEvent#id()}. A listener that throws is logged and the event
 * is not retried for it; the other listeners still receive it.
 */
public interface OutboxListener {

  /** Whether this listener wants events of this type (cheap; called for every event). */
  boolean accepts(String type);

  /** Handles one event. */
  void on(OutboxEvent event);
}
