package cn.yangguang.web.plugins;

import cn.yangguang.plugins.application.LoadedPlugin;
import cn.yangguang.plugins.application.PluginEnablements.CountyPlugin;
import java.time.Instant;
import java.util.List;

/**
 * An installed plugin as the APIs show it.
 *
 * @param id the plugin's id
 * @param version its version
 * @param provider who made it
 * @param requires the platform API version it declares
 * @param state STARTED, FAILED or REFUSED on the node that answered
 * @param reason why it failed or was refused; empty when started
 * @param requestFailures requests it failed with an unexpected exception since start
 * @param roles the role slugs it declares
 * @param enabled for a county: whether the county has it enabled; null in the operator's list
 * @param changedAt for a county: when that last changed; null when never or in the operator's list
 * @param changedBy for a county: who changed it
 */
public record PluginView(
    String id,
    String version,
    String provider,
    String requires,
    String state,
    String reason,
    long requestFailures,
    List<String> roles,
    Boolean enabled,
    Instant changedAt,
    String changedBy) {

  static PluginView of(LoadedPlugin p) {
    return new PluginView(
        p.id(),
        p.plugin().version(),
        p.plugin().provider(),
        p.plugin().requires(),
        p.plugin().state().name(),
        p.plugin().reason(),
        p.plugin().requestFailures(),
        p.roles().stream().map(r -> r.slug()).toList(),
        null,
        null,
        null);
  }

  static PluginView of(CountyPlugin c) {
    PluginView base = of(c.plugin());
    return new PluginView(
        base.id,
        base.version,
        base.provider,
        base.requires,
        base.state,
        base.reason,
        base.requestFailures,
        base.roles,
        c.enabled(),
        c.enablement().map(e -> e.changedAt()).orElse(null),
        c.enablement().map(e -> e.changedBy()).orElse(null));
  }
}
