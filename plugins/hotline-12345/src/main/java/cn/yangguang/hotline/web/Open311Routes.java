package cn.yangguang.hotline.web;

import cn.yangguang.api.plugin.PluginContext;
import cn.yangguang.api.plugin.PluginRequest;
import cn.yangguang.api.plugin.WebResources;
import org.pf4j.Extension;

/**
 * Mounts {@link Open311Resource} at {@code /t/{county}/open311/v2/}, where GeoReport clients look.
 */
@Extension
public class Open311Routes implements WebResources {

  @Override
  public String prefix() {
    return "open311/v2";
  }

  @Override
  public Class<?> resourceClass() {
    return Open311Resource.class;
  }

  @Override
  public Object resource(PluginContext context, PluginRequest request) {
    return new Open311Resource(context, request);
  }
}
