package cn.yangguang.plugins.application;

import cn.yangguang.api.plugin.EventListener;
import cn.yangguang.api.plugin.PluginEvent;
import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.kernel.outbox.OutboxEvent;
import cn.yangguang.kernel.outbox.OutboxListener;
import cn.yangguang.plugins.domain.CountyRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands outbox events to the plugins' {@link EventListener}s: one core listener for all of them,
 * delivering an event of a county only to plugins that county has enabled, and isolating each
 * plugin's failures (ADR 0038).
 */
@ApplicationScoped
public class PluginEventRelay implements OutboxListener {

  private static final Logger LOG = Logger.getLogger(PluginEventRelay.class.getName());

  @Inject PluginHost host;
  @Inject PluginEnablements enablements;
  @Inject CountyRegistry counties;

  @Override
  public boolean accepts(String type) {
    for (LoadedPlugin p : host.installed()) {
      if (p.plugin().started() && p.listeners().stream().anyMatch(l -> safeAccepts(p, l, type))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void on(OutboxEvent event) {
    Optional<TenantRef> county =
        counties.all().stream()
            .map(CountyRegistry.County::ref)
            .filter(t -> t.id().equals(event.tenantId()))
            .findFirst();
    if (county.isEmpty()) {
      return;
    }
    PluginEvent delivered =
        new PluginEvent(
            county.get(),
            event.id(),
            event.type(),
            event.subjectType(),
            event.subjectId(),
            event.payloadJson(),
            event.occurredAt());
    for (LoadedPlugin p : host.installed()) {
      if (!p.plugin().started()
          || p.listeners().stream().noneMatch(l -> safeAccepts(p, l, event.type()))
          || !enablements.activeFor(county.get(), p.id())) {
        continue;
      }
      for (EventListener l : p.listeners()) {
        if (!safeAccepts(p, l, event.type())) {
          continue;
        }
        try {
          l.on(delivered, p.context());
        } catch (RuntimeException | LinkageError e) {
          p.plugin().recordRequestFailure("listener on " + event.type() + ": " + e);
          LOG.log(Level.WARNING, "plugin " + p.id() + " failed on event " + event.id(), e);
        }
      }
    }
  }

  private static boolean safeAccepts(LoadedPlugin p, EventListener l, String type) {
    try {
      return l.accepts(type);
    } catch (RuntimeException e) {
      p.plugin().recordRequestFailure("listener accepts: " + e);
      return false;
    }
  }
}
