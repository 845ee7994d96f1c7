package cn.yangguang.kernel.outbox;

/**
 * Receives outbox events on this node, in commit order.
 *
 * <p>Lifecycle: an application-scoped CDI bean, discovered at startup. Threading: called from the
 * node's single outbox tailer thread, one event at a time, outside any transaction; open a tenant
 * transaction for work on tenant data. Delivery: every event committed while this node runs, in
 * commit order, on every node; events from before the node started are not replayed, and a listener
 * that throws is logged and not retried (the other listeners still receive the event). That suits
 * caches and indexes rebuilt at start. Work that must not miss an event keeps a durable cursor
 * ({@code yg.outbox_cursor}, see {@code cn.yangguang.kernel.system.OutboxReader}) and is then
 * delivered at least once: be idempotent by {@link OutboxEvent#id()}.
 */
public interface OutboxListener {

  /** Whether this listener wants events of this type (cheap; called for every event). */
  boolean accepts(String type);

  /** Handles one event. */
  void on(OutboxEvent event);
}
