package cn.yangguang.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.web.console.ConsoleNavigation.NavItem;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsoleNavigationTest {

  private static final String BASE = "/t/jianshi/console";

  private final CoreConsoleSections core = new CoreConsoleSections();
  private final List<ConsoleSection> sections =
      List.of(
          core.departments(),
          core.staff(),
          core.dashboard(),
          ConsoleSection.of("hotline", "hotline.nav", "hotline/tickets", Set.of("call-taker"), 50));

  @Test
  void everyRoleSeesTheDashboardAndOnlyAdminsSeeStaffAndDepartments() {
    assertThat(keys(ConsoleNavigation.visible(sections, Set.of("clerk"), BASE, "")))
        .containsExactly("dashboard");
    assertThat(keys(ConsoleNavigation.visible(sections, Set.of("clerk", "admin"), BASE, "")))
        .containsExactly("dashboard", "staff", "departments");
    assertThat(keys(ConsoleNavigation.visible(sections, Set.of("call-taker"), BASE, "")))
        .containsExactly("dashboard", "hotline");
  }

  @Test
  void linksAreAbsoluteUnderTheConsoleRoot() {
    assertThat(ConsoleNavigation.visible(sections, Set.of("admin", "call-taker"), BASE, ""))
        .extracting(NavItem::href)
        .containsExactly(BASE, BASE + "/staff", BASE + "/departments", BASE + "/hotline/tickets");
  }

  @Test
  void theLongestMatchingEntryIsCurrentAndOnlyThatOne() {
    assertThat(current(ConsoleNavigation.visible(sections, Set.of("admin"), BASE, "")))
        .containsExactly("dashboard");
    assertThat(
            current(
                ConsoleNavigation.visible(
                    sections, Set.of("admin"), BASE, "staff/5b0c6b7e-0000-0000-0000-000000000000")))
        .containsExactly("staff");
    assertThat(current(ConsoleNavigation.visible(sections, Set.of("admin"), BASE, "staffing")))
        .containsExactly("dashboard");
    assertThat(
            current(
                ConsoleNavigation.visible(
                    sections, Set.of("call-taker"), BASE, "/hotline/tickets/42/")))
        .containsExactly("hotline");
  }

  @Test
  void aDuplicateKeyKeepsTheFirstInOrderAndMalformedPathsAreLeftOut() {
    List<ConsoleSection> more =
        List.of(
            core.dashboard(),
            ConsoleSection.of("dashboard", "other.nav", "elsewhere", Set.of(), 99),
            ConsoleSection.of("escape", "x.nav", "../../admin", Set.of(), 5),
            ConsoleSection.of("absolute", "x.nav", "https://example.org/x", Set.of(), 6),
            ConsoleSection.of("query", "x.nav", "reports?x=1", Set.of(), 7));
    List<NavItem> items = ConsoleNavigation.visible(more, Set.of("clerk"), BASE, "");
    assertThat(items).extracting(NavItem::labelKey).containsExactly("console.nav.dashboard");
  }

  private static List<String> keys(List<NavItem> items) {
    return items.stream().map(NavItem::key).toList();
  }

  private static List<String> current(List<NavItem> items) {
    return items.stream().filter(NavItem::current).map(NavItem::key).toList();
  }
}
