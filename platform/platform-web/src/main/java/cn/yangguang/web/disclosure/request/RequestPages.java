package cn.yangguang.web.disclosure.request;

import cn.yangguang.disclosure.application.DisclosureCatalogue;
import cn.yangguang.disclosure.request.application.RequestQueries;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the request pages compute from the views: order by urgency, the warning summary, names. */
final class RequestPages {

  static final List<String> LEVELS = List.of("OVERDUE", "RED", "YELLOW", "GREEN");

  private RequestPages() {}

  /** Open requests: overdue first, then red, yellow, green; then the earliest deadline. */
  static List<RequestQueries.View> urgentFirst(List<RequestQueries.View> open) {
    return open.stream()
        .sorted(
            Comparator.comparingInt((RequestQueries.View v) -> rank(v))
                .thenComparing(
                    v -> v.deadline() == null ? null : v.deadline().date(),
                    Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  /** How many open requests are at each warning level. */
  static Map<String, Integer> levels(List<RequestQueries.View> all) {
    Map<String, Integer> m = new LinkedHashMap<>();
    LEVELS.forEach(l -> m.put(l, 0));
    for (RequestQueries.View v : all) {
      if (v.request().row().closure() == null && v.deadline() != null) {
        m.computeIfPresent(v.deadline().level(), (k, n) -> n + 1);
      }
    }
    return m;
  }

  static Map<String, String> agencyNames(List<DisclosureCatalogue.Agency> agencies) {
    Map<String, String> m = new LinkedHashMap<>();
    agencies.forEach(a -> m.put(a.code(), a.nameZh()));
    return m;
  }

  private static int rank(RequestQueries.View v) {
    if (v.deadline() == null) {
      return LEVELS.size();
    }
    int i = LEVELS.indexOf(v.deadline().level());
    return i < 0 ? LEVELS.size() : i;
  }
}
