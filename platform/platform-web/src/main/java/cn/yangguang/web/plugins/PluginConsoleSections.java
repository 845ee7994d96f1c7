package cn.yangguang.web.plugins;

import cn.yangguang.web.console.ConsoleSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.util.Set;

/**
 * The console's plugin section (插件), for every staff role: the entries of the county's plugins, and
 * for admins their enablement ({@link PluginPagesResource}).
 */
@ApplicationScoped
public class PluginConsoleSections {

  /** The plugin section. */
  @Produces
  @Dependent
  ConsoleSection plugins() {
    return ConsoleSection.of("plugins", "console.nav.plugins", "plugins", Set.of(), 80);
  }
}
