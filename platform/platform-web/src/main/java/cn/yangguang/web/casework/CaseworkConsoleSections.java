package cn.yangguang.web.casework;

import cn.yangguang.kernel.identity.domain.Roles;
import cn.yangguang.web.console.ConsoleSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.util.Set;

/** The casework sections of the console: the inbox and cases, and the SMS outbox. */
@ApplicationScoped
public class CaseworkConsoleSections {

  /** 办件: the inbox of the caller's posts. */
  @Produces
  @Dependent
  ConsoleSection cases() {
    return ConsoleSection.of("cases", "console.nav.cases", "cases", Set.of(), 10);
  }

  /** 短信: what the development SMS gateway recorded. */
  @Produces
  @Dependent
  ConsoleSection sms() {
    return ConsoleSection.of(
        "cases.sms",
        "console.nav.sms",
        "cases/sms",
        Set.of(Roles.ADMIN, Roles.CLERK, Roles.SUPERVISOR),
        90);
  }
}
