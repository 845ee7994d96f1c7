package ${package};

import cn.yangguang.api.plugin.PluginSchema;
import org.pf4j.Extension;

/** The plugin's tables: migrations in {@code src/main/resources/db/${pluginId}/}. */
@Extension
public class GreetingSchema implements PluginSchema {

  @Override
  public String migrations() {
    return "db/${pluginId}";
  }
}
