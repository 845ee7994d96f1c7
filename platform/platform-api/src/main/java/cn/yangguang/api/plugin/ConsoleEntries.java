package cn.yangguang.api.plugin;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.pf4j.ExtensionPoint;

/**
 * Entries the plugin adds to a county's staff console: links to pages its {@link WebResources}
 * serve. They appear in the console's plugin section of counties that have the plugin enabled, for
 * staff holding one of the entry's roles.
 *
 * <p><b>Lifecycle.</b> Read on each console page render. <b>Threading.</b> Request threads,
 * concurrently: return the same immutable list every time. <b>Nulls.</b> Never returns null.
 * <b>Errors.</b> A throwing implementation is left out of the page and counted against the plugin.
 */
public interface ConsoleEntries extends ExtensionPoint {

  /** The console entries. */
  List<Entry> entries();

  /**
   * One console entry.
   *
   * @param path the page's path relative to the plugin's base ({@code console} for {@code
   *     /t/{county}/plugins/{pluginId}/console}), without a leading slash
   * @param labelZh the entry's Chinese label
   * @param labelEn the entry's English label
   * @param roles the role slugs any one of which sees the entry; empty for all staff
   */
  record Entry(String path, String labelZh, String labelEn, Set<String> roles) {
    /** Checks that nothing is null and copies the roles. */
    public Entry {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(labelZh, "labelZh");
      Objects.requireNonNull(labelEn, "labelEn");
      roles = Set.copyOf(roles);
    }
  }
}
