package cn.yangguang.hotline.infrastructure;

import cn.yangguang.api.plugin.PluginSchema;
import org.pf4j.Extension;

/** The hotline's tables: migrations in {@code db/hotline-12345/}. */
@Extension
public class HotlineSchema implements PluginSchema {

  @Override
  public String migrations() {
    return "db/hotline-12345";
  }
}
