package cn.yangguang.web.console;

import cn.yangguang.kernel.identity.domain.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.util.Set;

/**
 * The core's own console sections, contributed the same way a module contributes its own: the
 * dashboard for every role, staff and departments for the county's admins.
 */
@ApplicationScoped
public class CoreConsoleSections {

  /** The dashboard: every staff member's landing page. */
  @Produces
  @Dependent
  ConsoleSection dashboard() {
    return ConsoleSection.of("dashboard", "console.nav.dashboard", "", Set.of(), 0);
  }

  /** Staff management. */
  @Produces
  @Dependent
  ConsoleSection staff() {
    return ConsoleSection.of("staff", "console.nav.staff", "staff", Set.of(Roles.ADMIN), 10);
  }

  /** Departments and posts. */
  @Produces
  @Dependent
  ConsoleSection departments() {
    return ConsoleSection.of(
        "departments", "console.nav.departments", "departments", Set.of(Roles.ADMIN), 20);
  }
}
