package cn.yangguang.web.plugins;

import cn.yangguang.kernel.tenancy.application.TenantDirectory;
import cn.yangguang.kernel.tenancy.application.TenantNotFoundException;
import cn.yangguang.plugins.application.PluginEnablements;
import cn.yangguang.plugins.application.PluginHost;
import cn.yangguang.plugins.application.PluginJobs;
import cn.yangguang.plugins.domain.PluginEnablement;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.security.OperatorOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The operator's plugin API: every installed plugin with its state on this node, and enabling or
 * disabling one for any county. Enabling runs the plugin's migrations and the schema lint the first
 * time (422 naming the offending table when the lint refuses); both take effect at once everywhere.
 */
@Path("api/v1/platform/plugins")
@RequestScoped
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
public class PluginAdminResource {

  @Inject PluginHost host;
  @Inject PluginEnablements enablements;
  @Inject TenantDirectory directory;
  @Inject CallerContext callers;
  @Inject PluginJobs jobs;

  /** Every installed plugin: started, failed or refused, with the reason. */
  @GET
  public List<PluginView> list() {
    return host.installed().stream().map(PluginView::of).toList();
  }

  /** Enables a plugin for a county. */
  @PUT
  @Path("{pluginId}/tenants/{slug}")
  public PluginEnablement enable(
      @PathParam("pluginId") String pluginId, @PathParam("slug") String slug) {
    return enablements.enable(county(slug), pluginId, callers.actor());
  }

  /** Disables a plugin for a county: its routes there answer 404 from the next request on. */
  @DELETE
  @Path("{pluginId}/tenants/{slug}")
  public PluginEnablement disable(
      @PathParam("pluginId") String pluginId, @PathParam("slug") String slug) {
    return enablements.disable(county(slug), pluginId, callers.actor());
  }

  /**
   * Runs a plugin's scheduled job now on this node (waiting for its lease), for every county that
   * has the plugin enabled: what it did.
   */
  @POST
  @Path("{pluginId}/jobs/{job}/run")
  public PluginJobs.JobRun runJob(
      @PathParam("pluginId") String pluginId, @PathParam("job") String job) {
    return jobs.runNow(pluginId, job);
  }

  private cn.yangguang.api.tenant.TenantRef county(String slug) {
    return directory.bySlug(slug).orElseThrow(() -> new TenantNotFoundException(slug)).ref();
  }
}
