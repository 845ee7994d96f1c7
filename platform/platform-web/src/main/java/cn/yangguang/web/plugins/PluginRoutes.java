package cn.yangguang.web.plugins;

import cn.yangguang.api.plugin.WebResources;
import cn.yangguang.plugins.application.LoadedPlugin;
import cn.yangguang.plugins.application.PluginHost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.jersey.server.model.Resource;

/**
 * The routes of the started plugins as Jersey resources mounted at {@code
 * /t/{tenant}/plugins/{pluginId}} (or the prefix a plugin claimed), read from each plugin's
 * resource class: so that the route listing (and with it the cross-tenant test) and the OpenAPI
 * document cover plugin routes like the core's.
 */
@ApplicationScoped
public class PluginRoutes {

  @Inject PluginHost host;

  /**
   * A plugin's resource where the locator mounts it.
   *
   * @param pluginId the plugin
   * @param resource its routes, with the full path template
   */
  public record Mounted(String pluginId, Resource resource) {}

  /** One resource per started plugin with HTTP resources. */
  public List<Mounted> mounted() {
    List<Mounted> out = new ArrayList<>();
    for (LoadedPlugin p : host.installed()) {
      if (!p.plugin().started()) {
        continue;
      }
      for (WebResources web : p.web()) {
        out.add(
            new Mounted(
                p.id(),
                Resource.builder(web.resourceClass())
                    .path(PluginPrefixes.mountOf(p.id(), web.prefix()))
                    .build()));
      }
    }
    return out;
  }

  /** The resources alone, for the route listing. */
  public List<Resource> resources() {
    return mounted().stream().map(Mounted::resource).toList();
  }
}
