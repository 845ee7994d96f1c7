package ${package};

import cn.yangguang.api.plugin.PluginContext;
import cn.yangguang.api.plugin.PluginRequest;
import cn.yangguang.api.plugin.WebResources;
import org.pf4j.Extension;

/** Mounts {@link GreetingResource} under each county that enables this plugin. */
@Extension
public class GreetingRoutes implements WebResources {

  @Override
  public Class<?> resourceClass() {
    return GreetingResource.class;
  }

  @Override
  public Object resource(PluginContext context, PluginRequest request) {
    return new GreetingResource(context, request);
  }
}
