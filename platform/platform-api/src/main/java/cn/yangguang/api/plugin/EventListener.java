package cn.yangguang.api.plugin;

import org.pf4j.ExtensionPoint;

/**
 * Reacts to events of the platform's outbox: the core's ({@code tenant.changed}, ...) and the
 * plugins' own ({@code <pluginId>.<type>}, see {@link PluginEvents}).
 *
 * <p><b>Lifecycle.</b> Registered when the plugin starts. Receives every event committed while the
 * node runs, in commit order, of the counties that have the plugin enabled when the event is
 * delivered; events from before the node started are not replayed. <b>Delivery</b> is on every node
 * (each node tails the outbox), at most once per node, never retried: right for caches, indexes and
 * notifications keyed by {@link PluginEvent#id()}; work that must happen exactly once belongs in a
 * {@link ScheduledJob} that reads the plugin's own tables. <b>Threading.</b> The node's single
 * outbox thread, one event at a time, outside any transaction (use {@link PluginData#inTenant});
 * return quickly. <b>Nulls.</b> Arguments are never null. <b>Errors.</b> An exception is logged and
 * counted against the plugin; the other listeners still receive the event.
 */
public interface EventListener extends ExtensionPoint {

  /** Whether this listener wants events of this type (cheap: called for every event). */
  boolean accepts(String type);

  /** Handles one event. */
  void on(PluginEvent event, PluginContext context);
}
