package cn.yangguang.web.disclosure;

import cn.yangguang.kernel.identity.domain.Roles;
import cn.yangguang.web.console.ConsoleSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.util.Set;

/**
 * The disclosure context's console sections: the officers' documents (政务公开) and the confidentiality
 * reviewers' queue (保密审查), for the roles their pages admit.
 */
@ApplicationScoped
public class DisclosureConsoleSections {

  /** Documents and their clocks, for disclosure officers. */
  @Produces
  @Dependent
  ConsoleSection documents() {
    return ConsoleSection.of(
        "disclosure",
        "disclosure.nav.documents",
        DisclosurePagesResource.HERE,
        Set.of(Roles.DISCLOSER),
        40);
  }

  /** The review queue, for confidentiality reviewers. */
  @Produces
  @Dependent
  ConsoleSection review() {
    return ConsoleSection.of(
        "disclosure.review",
        "disclosure.nav.review",
        DisclosurePagesResource.REVIEW,
        Set.of(Roles.SECRECY),
        41);
  }
}
