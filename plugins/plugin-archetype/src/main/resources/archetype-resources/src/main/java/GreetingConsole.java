package ${package};

import cn.yangguang.api.plugin.ConsoleEntries;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/** The plugin's entry in the county console's plugin section, for every staff role. */
@Extension
public class GreetingConsole implements ConsoleEntries {

  private static final List<Entry> ENTRIES =
      List.of(new Entry("console", "问候管理", "Greetings", Set.of()));

  @Override
  public List<Entry> entries() {
    return ENTRIES;
  }
}
