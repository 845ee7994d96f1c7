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
 * /t/{tenant}/plugins/{pluginId}}, read from each plugin's resource class: so that the route
 * listing, and with it the cross-tenant test, covers plugin routes like the core's.
 */
@ApplicationScoped
public class PluginRoutes {

  @Inject PluginHost host;

  /** One resource per started plugin with HTTP resources. */
  public List<Resource> resources() {
    List<Resource> out = new ArrayList<>();
    for (LoadedPlugin p : host.installed()) {
      if (!p.plugin().started()) {
        continue;
      }
      for (WebResources web : p.web()) {
        out.add(Resource.builder(web.resourceClass()).path("t/{tenant}/plugins/" + p.id()).build());
      }
    }
    return out;
  }
}
