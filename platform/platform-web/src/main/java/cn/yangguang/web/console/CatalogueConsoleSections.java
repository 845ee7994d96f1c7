package cn.yangguang.web.console;

import cn.yangguang.kernel.identity.domain.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.util.Set;

/**
 * The catalogue's console section (事项目录), for county admins and department admins: the same roles
 * {@link CataloguePagesResource} admits.
 */
@ApplicationScoped
public class CatalogueConsoleSections {

  /** The service catalogue. */
  @Produces
  @Dependent
  ConsoleSection catalogue() {
    return ConsoleSection.of(
        "catalogue",
        "console.nav.catalogue",
        "catalogue",
        Set.of(Roles.ADMIN, Roles.DEPT_ADMIN),
        30);
  }
}
