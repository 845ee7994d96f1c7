package cn.yangguang.web.supervision;

import cn.yangguang.kernel.identity.domain.Roles;
import cn.yangguang.web.console.ConsoleSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.util.Set;

/** The supervision sections of the console: the supervision console, and orders and cards. */
@ApplicationScoped
public class SupervisionConsoleSections {

  /** 电子监察: violations, figures, rules. */
  @Produces
  @Dependent
  ConsoleSection supervision() {
    return ConsoleSection.of(
        "supervision",
        "console.nav.supervision",
        "supervision",
        Set.of(Roles.SUPERVISOR, Roles.ADMIN),
        40);
  }

  /** 督办与亮牌: orders and cards (a department admin sees and answers her department's). */
  @Produces
  @Dependent
  ConsoleSection orders() {
    return ConsoleSection.of(
        "supervision.orders",
        "console.nav.supervision.orders",
        "supervision/orders",
        Set.of(Roles.SUPERVISOR, Roles.ADMIN, Roles.DEPT_ADMIN),
        41);
  }

  /** 投诉与评价: complaints and bad ratings to follow up. */
  @Produces
  @Dependent
  ConsoleSection feedback() {
    return ConsoleSection.of(
        "supervision.feedback",
        "console.nav.supervision.feedback",
        "supervision/feedback",
        Set.of(Roles.SUPERVISOR, Roles.ADMIN),
        42);
  }

  /** 绩效通报: the monthly report and rankings. */
  @Produces
  @Dependent
  ConsoleSection performance() {
    return ConsoleSection.of(
        "supervision.performance",
        "console.nav.supervision.performance",
        "supervision/performance",
        Set.of(Roles.SUPERVISOR, Roles.ADMIN),
        43);
  }
}
