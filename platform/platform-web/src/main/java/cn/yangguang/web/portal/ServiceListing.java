package cn.yangguang.web.portal;

import cn.yangguang.catalogue.domain.Codes;
import cn.yangguang.catalogue.domain.ItemFields;
import cn.yangguang.catalogue.domain.ServiceItem;
import cn.yangguang.kernel.tenancy.domain.TenantStructure;
import cn.yangguang.kernel.tenancy.domain.TenantStructure.DepartmentView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The county's published items as the services page lists them: those that take applications in
 * groups (by department, by theme or by exercise level), and the ex-officio items (处罚, 强制, 检查, 征收:
 * published, nobody applies) apart. Built per request from immutable values; immutable.
 *
 * @param by the grouping: {@code department}, {@code theme} or {@code level}
 * @param groups the non-empty groups in page order; an item is in every group it belongs to
 * @param exOfficio the ex-officio items, by key
 * @param total the number of published items
 */
public record ServiceListing(String by, List<Group> groups, List<Entry> exOfficio, int total) {

  /** The groupings the page offers, the first being the default. */
  static final List<String> GROUPINGS = List.of("department", "theme", "level");

  /** The themes (主题分类) the page groups by, in order. */
  static final List<String> THEMES = List.of("NATURAL_PERSON", "LEGAL_PERSON");

  /** The exercise levels a county's items are listed under, in order. */
  static final List<String> LEVELS = List.of("COUNTY", "TOWNSHIP", "VILLAGE");

  public ServiceListing {
    groups = List.copyOf(groups);
    exOfficio = List.copyOf(exOfficio);
  }

  /**
   * An item as listed.
   *
   * @param caseKind 即办件 or 承诺件 as shown, or null
   * @param promised the promised limit as shown, or null (also for a limit of 0: on the spot)
   * @param online whether it can be handled online
   */
  public record Entry(
      String key,
      String name,
      String department,
      String itemType,
      String caseKind,
      String promised,
      boolean online) {}

  /**
   * A group.
   *
   * @param id the anchor on the page (ASCII letters, digits, underscores and hyphens)
   * @param label the group's name, or null when {@code labelKey} names it
   * @param labelKey the message key of a group without a name of its own (the rest), or null
   */
  public record Group(String id, String label, String labelKey, List<Entry> entries) {
    public Group {
      entries = List.copyOf(entries);
    }
  }

  /** The grouping asked for, the default one when the value is not offered. */
  static String grouping(String by) {
    return by != null && GROUPINGS.contains(by.strip()) ? by.strip() : GROUPINGS.get(0);
  }

  /** Lists the published items. */
  static ServiceListing of(
      List<ServiceItem> published, String by, CodeLabels labels, TenantStructure structure) {
    String grouping = grouping(by);
    List<ServiceItem> applying = new ArrayList<>();
    List<Entry> exOfficio = new ArrayList<>();
    for (ServiceItem i : published) {
      if (i.fields().takesApplications()) {
        applying.add(i);
      } else {
        exOfficio.add(entry(i, labels));
      }
    }
    List<Group> groups =
        switch (grouping) {
          case "theme" -> byCodes(applying, labels, Codes.THEME, THEMES, "theme", true);
          case "level" -> byCodes(applying, labels, Codes.EXERCISE_LEVEL, LEVELS, "level", false);
          default -> byDepartment(applying, labels, structure);
        };
    return new ServiceListing(grouping, groups, exOfficio, published.size());
  }

  static Entry entry(ServiceItem item, CodeLabels labels) {
    ItemFields f = item.fields();
    ServiceGuide.Limit promised = ServiceGuide.limit(f.promised(), labels);
    return new Entry(
        f.key(),
        f.name(),
        labels.department(f.departmentCode()),
        labels.label(Codes.ITEM_TYPE, f.itemType()),
        labels.label(Codes.CASE_KIND, f.caseKind()),
        promised == null || f.promised().amount() == 0 ? null : promised.text(),
        f.online().online());
  }

  private static List<Group> byDepartment(
      List<ServiceItem> items, CodeLabels labels, TenantStructure structure) {
    Map<String, List<Entry>> known = new LinkedHashMap<>();
    for (DepartmentView d : structure.departments()) {
      known.put(d.code(), new ArrayList<>());
    }
    Map<String, List<Entry>> unknown = new TreeMap<>();
    List<Entry> none = new ArrayList<>();
    for (ServiceItem i : items) {
      String code = i.fields().departmentCode();
      if (code == null || code.isBlank()) {
        none.add(entry(i, labels));
      } else if (known.containsKey(code)) {
        known.get(code).add(entry(i, labels));
      } else {
        unknown.computeIfAbsent(code, c -> new ArrayList<>()).add(entry(i, labels));
      }
    }
    List<Group> groups = new ArrayList<>();
    for (Map<String, List<Entry>> m : List.of(known, unknown)) {
      m.forEach(
          (code, entries) -> {
            if (!entries.isEmpty()) {
              groups.add(new Group("dept-" + anchor(code), labels.department(code), null, entries));
            }
          });
    }
    if (!none.isEmpty()) {
      groups.add(new Group("dept-none", null, "services.group.noDepartment", none));
    }
    return groups;
  }

  private static List<Group> byCodes(
      List<ServiceItem> items,
      CodeLabels labels,
      String list,
      List<String> codes,
      String prefix,
      boolean themes) {
    List<Group> groups = new ArrayList<>();
    for (String code : codes) {
      List<Entry> entries =
          items.stream()
              .filter(i -> values(i, themes).contains(code))
              .map(i -> entry(i, labels))
              .toList();
      if (!entries.isEmpty()) {
        groups.add(new Group(prefix + "-" + anchor(code), labels.label(list, code), null, entries));
      }
    }
    List<Entry> rest =
        items.stream()
            .filter(i -> values(i, themes).stream().noneMatch(codes::contains))
            .map(i -> entry(i, labels))
            .toList();
    if (!rest.isEmpty()) {
      groups.add(new Group(prefix + "-other", null, "services.group.other." + prefix, rest));
    }
    return groups;
  }

  private static List<String> values(ServiceItem i, boolean themes) {
    return themes ? i.fields().themes() : i.fields().exerciseLevels();
  }

  /**
   * A value made safe for an HTML id: anything but ASCII letters, digits, underscores and hyphens
   * becomes a hyphen.
   */
  static String anchor(String value) {
    return value.replaceAll("[^A-Za-z0-9_-]", "-");
  }
}
