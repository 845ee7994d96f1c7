package cn.yangguang.hotline.web;

import cn.yangguang.api.plugin.PluginContext;
import cn.yangguang.api.plugin.PluginRequest;
import cn.yangguang.api.plugin.WebResources;
import org.pf4j.Extension;

/**
 * Mounts the hotline's portal pages, console pages and staff API at {@code
 * /t/{county}/plugins/hotline-12345/}.
 */
@Extension
public class HotlineRoutes implements WebResources {

  @Override
  public Class<?> resourceClass() {
    return HotlineResource.class;
  }

  @Override
  public Object resource(PluginContext context, PluginRequest request) {
    return new HotlineResource(context, request);
  }
}
