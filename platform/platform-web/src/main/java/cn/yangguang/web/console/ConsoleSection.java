package cn.yangguang.web.console;

import java.util.Objects;
import java.util.Set;

/**
 * One entry of the staff console's navigation: the extension point through which modules and
 * plugins add their pages to the console next to the core's (dashboard, staff, departments).
 *
 * <p><b>Lifecycle.</b> An implementation is a CDI bean (a class, or a value from a producer method)
 * of any scope; the console looks every {@code ConsoleSection} up through {@code
 * Instance<ConsoleSection>} when it renders a page, so a section appears as soon as its bean is
 * deployed. The entry only links to the page: the module also provides the resource under {@code
 * /t/{slug}/console/} + {@link #path()}, and protects it with {@code @StaffOnly} naming the same
 * roles (hiding a link is not access control).
 *
 * <p><b>Threading.</b> Methods are called on request threads, concurrently and repeatedly. They
 * must be cheap, free of side effects and return the same values on every call (an immutable value
 * such as {@link #of} returns is the easy way).
 *
 * <p><b>Nulls.</b> No method returns null. An empty {@link #roles()} means every staff role; an
 * empty {@link #path()} is the console's root (the dashboard).
 */
public interface ConsoleSection {

  /**
   * A stable identifier, unique across the console (e.g. {@code staff}, {@code hotline.tickets}).
   * When two sections share a key, the one first in {@link #order()} wins.
   */
  String key();

  /**
   * The message key of the label, resolved in the page's language from the {@code i18n/messages}
   * bundles (e.g. {@code console.nav.staff}).
   */
  String labelKey();

  /**
   * The page's path relative to {@code /t/{slug}/console}, without leading or trailing slash, e.g.
   * {@code staff} or {@code hotline/tickets}; empty for the console's root. A path that is not
   * relative (a scheme, {@code //}, {@code ..}) is ignored with its section.
   */
  String path();

  /** The role slugs any one of which sees the entry; empty for every staff role. */
  Set<String> roles();

  /** Where the entry goes in the navigation: lower first; the core uses 0-99. */
  int order();

  /** A section made of fixed values, for producers and plugins. */
  static ConsoleSection of(String key, String labelKey, String path, Set<String> roles, int order) {
    return new Fixed(key, labelKey, path, roles, order);
  }

  /** A section made of fixed values; immutable. */
  record Fixed(String key, String labelKey, String path, Set<String> roles, int order)
      implements ConsoleSection {

    /** Checks that nothing is null and copies the roles. */
    public Fixed {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(labelKey, "labelKey");
      Objects.requireNonNull(path, "path");
      roles = Set.copyOf(roles);
    }
  }
}
