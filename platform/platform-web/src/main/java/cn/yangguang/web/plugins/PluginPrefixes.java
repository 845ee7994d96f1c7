package cn.yangguang.web.plugins;

import cn.yangguang.api.plugin.WebResources;
import cn.yangguang.plugins.application.LoadedPlugin;
import cn.yangguang.plugins.application.PluginHost;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.glassfish.jersey.server.model.ModelProcessor;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceModel;

/**
 * Mounts the plugins that claim a prefix of their own ({@code WebResources.prefix()}, e.g. {@code
 * open311/v2}) at {@code /t/{tenant}/<prefix>}, by adding one sub-resource locator per plugin to
 * the JAX-RS application's model when Jersey builds it. A claim is refused, and the plugin marked
 * failed, when its first segment is one the platform's own county routes use ({@code api}, {@code
 * services}, {@code console}, {@code plugins}, ...) or another plugin claimed first.
 */
@Provider
public class PluginPrefixes implements ModelProcessor {

  private static final Logger LOG = Logger.getLogger(PluginPrefixes.class.getName());
  private static final Pattern PREFIX =
      Pattern.compile("[a-z0-9][a-z0-9.-]*(/[a-z0-9][a-z0-9.-]*)*");
  private static final String COUNTY = "t/{tenant}/";

  @Override
  public ResourceModel processResourceModel(ResourceModel model, Configuration configuration) {
    PluginHost host = CDI.current().select(PluginHost.class).get();
    host.start(); // idempotent: Jersey may build its model before the start listener ran
    Map<String, String> taken = new HashMap<>();
    for (Resource r : model.getRootResources()) {
      firstCountySegments(r, "", taken);
    }
    ResourceModel.Builder out = new ResourceModel.Builder(model.getResources(), false);
    for (LoadedPlugin p : host.installed()) {
      for (WebResources web : p.web()) {
        if (!p.plugin().started() || web.prefix().isEmpty()) {
          continue;
        }
        String prefix = web.prefix();
        Optional<String> refusal = refusal(p.id(), prefix, taken);
        if (refusal.isPresent()) {
          p.plugin().fail(refusal.get());
          LOG.warning(refusal.get());
          continue;
        }
        taken.put(prefix.split("/")[0], "plugin " + p.id());
        Resource.Builder mount = Resource.builder(COUNTY + prefix);
        mount.addMethod().handledBy(new Locator(p.id(), prefix), Locator.LOCATE);
        out.addResource(mount.build());
      }
    }
    return out.build();
  }

  @Override
  public ResourceModel processSubResource(ResourceModel model, Configuration configuration) {
    return model;
  }

  static Optional<String> refusal(String pluginId, String prefix, Map<String, String> taken) {
    if (!PREFIX.matcher(prefix).matches()) {
      return Optional.of(
          "plugin "
              + pluginId
              + " claims the prefix '"
              + prefix
              + "': use lower-case letters, digits, dots and hyphens in slash-separated segments");
    }
    String first = prefix.split("/")[0];
    if (taken.containsKey(first)) {
      return Optional.of(
          "plugin "
              + pluginId
              + " claims /t/{tenant}/"
              + prefix
              + ", but /t/{tenant}/"
              + first
              + " belongs to "
              + taken.get(first)
              + "; it was not mounted");
    }
    return Optional.empty();
  }

  /** Records the first segment after {@code t/{tenant}/} of every core route. */
  private static void firstCountySegments(Resource r, String prefix, Map<String, String> taken) {
    String path = join(prefix, r.getPath());
    if (path.startsWith(COUNTY)) {
      String rest = path.substring(COUNTY.length());
      if (!rest.isEmpty()) {
        taken.putIfAbsent(rest.split("/")[0], "the platform");
      }
    }
    for (Resource child : r.getChildResources()) {
      firstCountySegments(child, path, taken);
    }
  }

  private static String join(String prefix, String path) {
    String p = path == null ? "" : path.replaceAll("^/+|/+$", "");
    if (prefix.isEmpty()) {
      return p;
    }
    return p.isEmpty() ? prefix : prefix + "/" + p;
  }

  /** The sub-resource locator of one plugin's prefix. */
  public static final class Locator {

    static final Method LOCATE;

    static {
      try {
        LOCATE = Locator.class.getMethod("locate", HttpHeaders.class, UriInfo.class);
      } catch (NoSuchMethodException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    private final String pluginId;
    private final String prefix;

    Locator(String pluginId, String prefix) {
      this.pluginId = pluginId;
      this.prefix = prefix;
    }

    /** The plugin's resource for this request. */
    public Object locate(@Context HttpHeaders headers, @Context UriInfo uri) {
      return CDI.current()
          .select(PluginDispatch.class)
          .get()
          .resource(pluginId, prefix, headers, uri);
    }
  }

  /** For the route listing: the mount point of a plugin. */
  static String mountOf(String pluginId, String prefix) {
    return prefix.isEmpty() ? COUNTY + "plugins/" + pluginId : COUNTY + prefix;
  }
}
