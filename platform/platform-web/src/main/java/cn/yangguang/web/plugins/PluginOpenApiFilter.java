package cn.yangguang.web.plugins;

import jakarta.enterprise.inject.spi.CDI;
import java.util.Locale;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Adds the started plugins' routes to the OpenAPI document (the scanner only sees the WAR's
 * classes): each with its method, path, the {@code tenant} path parameter and a tag naming the
 * plugin. Payara builds the document on its first request, after the plugin host started; plugins
 * do not change while the node runs.
 */
public class PluginOpenApiFilter implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    PluginRoutes routes = CDI.current().select(PluginRoutes.class).get();
    Paths paths = openAPI.getPaths() == null ? OASFactory.createPaths() : openAPI.getPaths();
    for (PluginRoutes.Mounted mounted : routes.mounted()) {
      add(paths, mounted.pluginId(), mounted.resource(), "");
    }
    openAPI.setPaths(paths);
  }

  private static void add(Paths paths, String pluginId, Resource resource, String prefix) {
    String path = join(prefix, resource.getPath());
    for (ResourceMethod m : resource.getResourceMethods()) {
      if (m.isExtended()) {
        continue;
      }
      PathItem item = paths.getPathItem("/" + path);
      if (item == null) {
        item = OASFactory.createPathItem();
        paths.addPathItem("/" + path, item);
      }
      Operation op =
          OASFactory.createOperation()
              .summary("plugin " + pluginId)
              .description(
                  "Served by plugin "
                      + pluginId
                      + " for the counties that have it enabled; 404 elsewhere.")
              .addTag("plugin " + pluginId)
              .addParameter(
                  OASFactory.createParameter()
                      .name("tenant")
                      .in(Parameter.In.PATH)
                      .required(true)
                      .description("the county's slug"));
      item.setOperation(
          PathItem.HttpMethod.valueOf(m.getHttpMethod().toUpperCase(Locale.ROOT)), op);
    }
    for (Resource child : resource.getChildResources()) {
      add(paths, pluginId, child, path);
    }
  }

  private static String join(String prefix, String path) {
    String p = path == null ? "" : path.replaceAll("^/+|/+$", "");
    if (prefix.isEmpty()) {
      return p;
    }
    return p.isEmpty() ? prefix : prefix + "/" + p;
  }
}
