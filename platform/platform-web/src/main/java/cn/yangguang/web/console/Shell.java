package cn.yangguang.web.console;

import java.util.List;

/**
 * What the console layout shows around a page's body: where she is, who she is, and where she can
 * go. Immutable; built per request by {@link ConsolePages}.
 *
 * @param base the console's root ({@code /t/{slug}/console}), or null on the platform chooser
 * @param home the portal the brand links back to ({@code /t/{slug}/} or {@code /})
 * @param countyName the county's Chinese name, or null on the platform chooser
 * @param countyNameEn the county's English name, or null when it has none
 * @param color the county's branding colour ({@code #rrggbb}, checked by the manifest), or null
 * @param displayName the signed-in person's name
 * @param roles her role slugs in this county, sorted (empty on the platform chooser)
 * @param nav the navigation entries she may see
 */
public record Shell(
    String base,
    String home,
    String countyName,
    String countyNameEn,
    String color,
    String displayName,
    List<String> roles,
    List<ConsoleNavigation.NavItem> nav) {

  public Shell {
    roles = List.copyOf(roles);
    nav = List.copyOf(nav);
  }
}
