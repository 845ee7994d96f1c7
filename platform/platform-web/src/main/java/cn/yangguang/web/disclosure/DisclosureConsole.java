package cn.yangguang.web.disclosure;

import cn.yangguang.disclosure.application.DisclosureQueries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Figures of the officer's page. */
final class DisclosureConsole {

  /** The clock levels in the order the page shows them. */
  static final List<String> LEVELS = List.of("OVERDUE", "RED", "YELLOW", "GREEN");

  private DisclosureConsole() {}

  /** How many open documents are at each clock level (every level present, zero included). */
  static Map<String, Integer> levels(List<DisclosureQueries.WorkItem> open) {
    Map<String, Integer> out = new LinkedHashMap<>();
    LEVELS.forEach(l -> out.put(l, 0));
    for (DisclosureQueries.WorkItem w : open) {
      if (w.level() != null) {
        out.merge(w.level(), 1, Integer::sum);
      }
    }
    return out;
  }
}
