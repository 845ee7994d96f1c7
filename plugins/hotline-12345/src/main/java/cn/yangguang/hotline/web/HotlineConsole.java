package cn.yangguang.hotline.web;

import cn.yangguang.api.plugin.ConsoleEntries;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/** The hotline's entries in the county console, for its roles and the county admin. */
@Extension
public class HotlineConsole implements ConsoleEntries {

  private static final Set<String> ALL =
      Set.of(
          HotlineRoles.TAKER,
          HotlineRoles.DISPATCHER,
          HotlineRoles.UNIT,
          HotlineRoles.ADMIN,
          "supervisor");

  private static final List<Entry> ENTRIES =
      List.of(
          new Entry("console", "12345 工单", "12345 tickets", ALL),
          new Entry(
              "console/kpis",
              "12345 考核指标",
              "12345 KPIs",
              Set.of(HotlineRoles.DISPATCHER, HotlineRoles.ADMIN, "supervisor")));

  @Override
  public List<Entry> entries() {
    return ENTRIES;
  }
}
