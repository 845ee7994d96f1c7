package cn.yangguang.web.plugins;

import cn.yangguang.kernel.identity.domain.Roles;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.plugins.application.PluginEnablements;
import cn.yangguang.plugins.domain.PluginEnablement;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.security.StaffOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * A county admin's plugin API: the plugins installed on the platform with this county's enablement,
 * and enabling or disabling one for this county only.
 */
@Path("t/{tenant}/api/v1/plugins")
@RequestScoped
@StaffOnly(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class CountyPluginResource {

  @Inject TenantContext tenants;
  @Inject PluginEnablements enablements;
  @Inject CallerContext callers;

  /** The installed plugins and whether this county has each enabled. */
  @GET
  public List<PluginView> list() {
    return enablements.forCounty(tenants.require().ref()).stream().map(PluginView::of).toList();
  }

  /** Enables a plugin for this county. */
  @PUT
  @Path("{pluginId}")
  public PluginEnablement enable(@PathParam("pluginId") String pluginId) {
    return enablements.enable(tenants.require().ref(), pluginId, callers.actor());
  }

  /** Disables a plugin for this county. */
  @DELETE
  @Path("{pluginId}")
  public PluginEnablement disable(@PathParam("pluginId") String pluginId) {
    return enablements.disable(tenants.require().ref(), pluginId, callers.actor());
  }
}
