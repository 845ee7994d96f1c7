package cn.yangguang.web.plugins;

import cn.yangguang.api.plugin.ConsoleEntries;
import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.kernel.identity.domain.Roles;
import cn.yangguang.kernel.identity.domain.StaffMember;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.plugins.application.EnablementRefusedException;
import cn.yangguang.plugins.application.LoadedPlugin;
import cn.yangguang.plugins.application.PluginEnablements;
import cn.yangguang.plugins.application.PluginEnablements.CountyPlugin;
import cn.yangguang.web.console.ConsolePages;
import cn.yangguang.web.console.Notice;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.security.StaffOnly;
import cn.yangguang.web.view.RequestLocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The console's plugin page: every staff member sees the console entries of the plugins her county
 * has enabled (for her roles); the county's admins also see every installed plugin with its state
 * (failed and refused ones with the reason) and enable or disable it for the county.
 */
@Path("t/{tenant}/console/plugins")
@RequestScoped
@StaffOnly
@Produces(MediaType.TEXT_HTML)
public class PluginPagesResource {

  private static final Logger LOG = Logger.getLogger(PluginPagesResource.class.getName());
  private static final String HERE = "plugins";

  @Inject ConsolePages pages;
  @Inject TenantContext tenants;
  @Inject PluginEnablements enablements;
  @Inject CallerContext callers;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  /**
   * A link of a plugin's console entry.
   *
   * @param href where it goes
   * @param label its label in the page's language
   * @param plugin the plugin's id
   */
  public record EntryLink(String href, String label, String plugin) {}

  /** The page; {@code notice} and {@code plugin} confirm a change just made. */
  @GET
  public Response page(@QueryParam("notice") String notice, @QueryParam("plugin") String plugin) {
    List<CountyPlugin> plugins = enablements.forCounty(county());
    Map<String, Object> model = model(plugins);
    boolean known = plugins.stream().anyMatch(p -> p.plugin().id().equals(plugin));
    if (known && ("enabled".equals(notice) || "disabled".equals(notice))) {
      model.put("notice", new Notice("plugins.notice." + notice, plugin));
    }
    return pages.page("console-plugins", HERE, model);
  }

  /** Enables a plugin for the county (admins); 303 back, or 422 with the reason. */
  @POST
  @Path("{pluginId}/enable")
  @StaffOnly(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response enable(@PathParam("pluginId") String pluginId) {
    try {
      enablements.enable(county(), pluginId, callers.actor());
      return pages.seeOther(HERE + "?notice=enabled&plugin=" + pluginId);
    } catch (EnablementRefusedException e) {
      Map<String, Object> model = model(enablements.forCounty(county()));
      model.put("refusal", e.getMessage());
      return pages.page(422, "console-plugins", HERE, model);
    }
  }

  /** Disables a plugin for the county (admins); 303 back. */
  @POST
  @Path("{pluginId}/disable")
  @StaffOnly(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response disable(@PathParam("pluginId") String pluginId) {
    enablements.disable(county(), pluginId, callers.actor());
    return pages.seeOther(HERE + "?notice=disabled&plugin=" + pluginId);
  }

  private Map<String, Object> model(List<CountyPlugin> plugins) {
    StaffMember me = callers.requireStaff();
    Map<String, Object> model = new HashMap<>();
    model.put("entries", entries(plugins, me.roles(), RequestLocale.of(headers, uri)));
    model.put("admin", me.roles().contains(Roles.ADMIN));
    model.put("plugins", plugins.stream().map(PluginView::of).toList());
    model.put("refusal", null);
    return model;
  }

  /** The console entries of the enabled, started plugins that one of {@code roles} may see. */
  private List<EntryLink> entries(List<CountyPlugin> plugins, Set<String> roles, Locale locale) {
    boolean english = "en".equals(locale.getLanguage());
    List<EntryLink> out = new ArrayList<>();
    for (CountyPlugin c : plugins) {
      LoadedPlugin p = c.plugin();
      if (!c.enabled() || !p.plugin().started()) {
        continue;
      }
      for (ConsoleEntries declared : p.console()) {
        try {
          for (ConsoleEntries.Entry e : declared.entries()) {
            if (e.roles().isEmpty() || e.roles().stream().anyMatch(roles::contains)) {
              out.add(
                  new EntryLink(
                      "/t/" + county().slug() + "/plugins/" + p.id() + "/" + e.path(),
                      english ? e.labelEn() : e.labelZh(),
                      p.id()));
            }
          }
        } catch (RuntimeException e) {
          p.plugin().recordRequestFailure(e.toString());
          LOG.log(Level.WARNING, "console entries of plugin " + p.id() + " failed", e);
        }
      }
    }
    return out;
  }

  private TenantRef county() {
    return tenants.require().ref();
  }
}
