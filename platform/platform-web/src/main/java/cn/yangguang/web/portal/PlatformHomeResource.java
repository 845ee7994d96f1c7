package cn.yangguang.web.portal;

import cn.yangguang.kernel.tenancy.application.TenantDirectory;
import cn.yangguang.kernel.tenancy.domain.TenantStatus;
import cn.yangguang.web.view.View;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** The platform's home page: every active county, linking to its portal. */
@Path("")
@RequestScoped
public class PlatformHomeResource {

  @Inject TenantDirectory directory;

  /** The list of counties. */
  @GET
  @Produces(MediaType.TEXT_HTML)
  public View home() {
    return new View(
        "platform-home",
        Map.of(
            "tenants",
            directory.all().stream().filter(t -> t.status() == TenantStatus.ACTIVE).toList()));
  }
}
