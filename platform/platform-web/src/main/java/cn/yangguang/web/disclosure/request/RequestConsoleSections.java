package cn.yangguang.web.disclosure.request;

import cn.yangguang.kernel.identity.domain.Roles;
import cn.yangguang.web.console.ConsoleSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.util.Set;

/** The console sections of disclosure on request: the requests with their clocks, the reports. */
@ApplicationScoped
public class RequestConsoleSections {

  static final Set<String> ROLES = Set.of(Roles.DISCLOSER, Roles.ADMIN, Roles.SUPERVISOR);

  /** 依申请公开: the agency's requests by urgency. */
  @Produces
  @Dependent
  ConsoleSection requests() {
    return ConsoleSection.of(
        "disclosure.requests", "request.nav.requests", "disclosure-requests", ROLES, 26);
  }

  /** 年度报告: the annual report editor. */
  @Produces
  @Dependent
  ConsoleSection reports() {
    return ConsoleSection.of(
        "disclosure.reports", "request.nav.reports", "disclosure-reports", ROLES, 27);
  }
}
