package cn.yangguang.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The console's navigation for one request: every {@link ConsoleSection} the caller's roles may
 * see, in order, with the entry of the current page marked. Request-scoped so that sections
 * produced as dependent beans are released with the request.
 */
@RequestScoped
public class ConsoleNavigation {

  @Inject Instance<ConsoleSection> sections;

  /**
   * An entry as the layout renders it.
   *
   * @param href the absolute path of the page
   * @param current whether the request is on this entry's page (or below it)
   */
  public record NavItem(String key, String labelKey, String href, boolean current) {}

  /**
   * The entries for a caller holding {@code roles}.
   *
   * @param base the console's root, {@code /t/{slug}/console}
   * @param here the current page relative to {@code base} (empty for the dashboard)
   */
  public List<NavItem> items(Set<String> roles, String base, String here) {
    List<ConsoleSection> all = new ArrayList<>();
    sections.forEach(all::add);
    return visible(all, roles, base, here);
  }

  /**
   * The entries a caller holding {@code roles} sees: sections open to every role or to one of hers,
   * ordered by {@link ConsoleSection#order()} then key, one per key, malformed paths left out. The
   * entry whose path is the longest prefix (by whole segments) of {@code here} is current.
   */
  static List<NavItem> visible(
      Collection<? extends ConsoleSection> sections, Set<String> roles, String base, String here) {
    String current = trim(here == null ? "" : here);
    List<ConsoleSection> shown =
        sections.stream()
            .map(ConsoleSection.class::cast)
            .filter(s -> s.roles().isEmpty() || s.roles().stream().anyMatch(roles::contains))
            .filter(s -> isRelative(s.path()))
            .sorted(
                Comparator.comparingInt(ConsoleSection::order).thenComparing(ConsoleSection::key))
            .toList();
    Set<String> keys = new HashSet<>();
    List<ConsoleSection> unique = new ArrayList<>();
    for (ConsoleSection s : shown) {
      if (keys.add(s.key())) {
        unique.add(s);
      }
    }
    String active =
        unique.stream()
            .map(s -> trim(s.path()))
            .filter(p -> contains(p, current))
            .max(Comparator.comparingInt(String::length))
            .orElse(null);
    List<NavItem> out = new ArrayList<>();
    for (ConsoleSection s : unique) {
      String p = trim(s.path());
      out.add(
          new NavItem(
              s.key(),
              s.labelKey(),
              p.isEmpty() ? base : base + "/" + p,
              p.equals(active) && !alreadyCurrent(out)));
    }
    return List.copyOf(out);
  }

  /** Whether {@code here} is the page at {@code path} or below it. */
  private static boolean contains(String path, String here) {
    return path.isEmpty() || here.equals(path) || here.startsWith(path + "/");
  }

  private static boolean alreadyCurrent(List<NavItem> items) {
    return items.stream().anyMatch(NavItem::current);
  }

  private static boolean isRelative(String path) {
    if (path == null) {
      return false;
    }
    String p = trim(path);
    return !p.contains("//")
        && !p.contains(":")
        && !p.contains("\\")
        && !p.contains("?")
        && !p.contains("#")
        && List.of(p.split("/")).stream().noneMatch(s -> s.equals("..") || s.equals("."));
  }

  private static String trim(String path) {
    String p = path.strip();
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }
}
