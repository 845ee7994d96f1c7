package cn.yangguang.plugins.application;

import cn.yangguang.api.plugin.ConsoleEntries;
import cn.yangguang.api.plugin.EventListener;
import cn.yangguang.api.plugin.PluginContext;
import cn.yangguang.api.plugin.PluginRoles;
import cn.yangguang.api.plugin.PluginSchema;
import cn.yangguang.api.plugin.PluginStartup;
import cn.yangguang.api.plugin.ScheduledJob;
import cn.yangguang.api.plugin.WebResources;
import cn.yangguang.kernel.identity.application.RoleCatalogue;
import cn.yangguang.plugins.domain.ApiRequirement;
import cn.yangguang.plugins.domain.InstalledPlugin;
import cn.yangguang.plugins.domain.PluginSchemaMigrator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pf4j.JarPluginManager;
import org.pf4j.Plugin;
import org.pf4j.PluginFactory;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Loads the plugin jars of the plugins folder ({@code yg.plugins.dir}) once, when the application
 * starts, and keeps what they contribute. A plugin that declares another API version is refused
 * with a message that says which version it needs; one that throws while starting (or declares a
 * role another plugin owns) is marked failed and isolated. Neither stops the platform, and both are
 * reported by {@link #installed()} for the console and health.
 *
 * <p>Plugins are never unloaded at run time (DESIGN.md): installing or upgrading takes a restart,
 * so what {@link #start} found is fixed for the life of the node, and lookups need no locking.
 */
@ApplicationScoped
public class PluginHost {

  private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());

  @Inject
  @ConfigProperty(name = "yg.plugins.dir", defaultValue = "")
  String pluginsDir;

  @Inject PluginContexts contexts;
  @Inject RoleCatalogue roleCatalogue;
  @Inject PluginSchemaMigrator migrator;

  private volatile Map<String, LoadedPlugin> plugins = Map.of();
  private volatile boolean started;

  /** Loads and starts the plugins; later calls do nothing. */
  public synchronized void start() {
    if (started) {
      return;
    }
    started = true;
    if (pluginsDir.isBlank() || !Files.isDirectory(Path.of(pluginsDir))) {
      LOG.info("no plugins folder (yg.plugins.dir = '" + pluginsDir + "'): no plugins installed");
      return;
    }
    PluginManager manager = new HostPluginManager(Path.of(pluginsDir));
    manager.loadPlugins();
    Map<String, LoadedPlugin> loaded = new LinkedHashMap<>();
    for (PluginWrapper wrapper : manager.getPlugins()) {
      LoadedPlugin plugin = startOne(manager, wrapper);
      loaded.put(plugin.id(), plugin);
      LOG.info(
          "plugin "
              + plugin.id()
              + " "
              + plugin.plugin().version()
              + ": "
              + plugin.plugin().state()
              + (plugin.plugin().reason().isEmpty() ? "" : " (" + plugin.plugin().reason() + ")"));
    }
    plugins = Map.copyOf(loaded);
  }

  private LoadedPlugin startOne(PluginManager manager, PluginWrapper wrapper) {
    String id = wrapper.getPluginId();
    InstalledPlugin plugin =
        new InstalledPlugin(
            id,
            wrapper.getDescriptor().getVersion(),
            wrapper.getDescriptor().getProvider(),
            wrapper.getDescriptor().getRequires());
    PluginContext context = contexts.contextFor(id);
    LoadedPlugin idle =
        new LoadedPlugin(
            plugin,
            wrapper.getPluginClassLoader(),
            context,
            List.of(),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    Optional<String> refusal = ApiRequirement.refusal(id, wrapper.getDescriptor().getRequires());
    if (refusal.isPresent()) {
      plugin.refuse(refusal.get());
      LOG.warning(refusal.get());
      return idle;
    }
    try {
      PluginState state = manager.startPlugin(id);
      if (state != PluginState.STARTED) {
        Throwable cause = wrapper.getFailedException();
        plugin.fail("PF4J could not start it: " + (cause == null ? state : describe(cause)));
        return idle;
      }
      List<PluginRoles.Role> roles = new ArrayList<>();
      for (PluginRoles declared : manager.getExtensions(PluginRoles.class, id)) {
        roles.addAll(declared.roles());
      }
      for (PluginRoles.Role role : roles) {
        roleCatalogue.declare(role.slug(), id);
      }
      List<PluginSchema> schemas = manager.getExtensions(PluginSchema.class, id);
      LoadedPlugin running =
          new LoadedPlugin(
              plugin,
              wrapper.getPluginClassLoader(),
              context,
              List.copyOf(manager.getExtensions(WebResources.class, id)),
              schemas.stream().findFirst(),
              List.copyOf(roles),
              List.copyOf(manager.getExtensions(ConsoleEntries.class, id)),
              jobs(manager.getExtensions(ScheduledJob.class, id)),
              List.copyOf(manager.getExtensions(EventListener.class, id)));
      for (PluginStartup startup : manager.getExtensions(PluginStartup.class, id)) {
        startup.start(context);
      }
      if (running.schema().isPresent() && migrator.migratedBefore(id)) {
        // an upgraded plugin brings newer migrations: apply them before it serves anyone
        migrator.migrate(id, plugin.version(), running.schema().get(), running.classLoader());
      }
      return running;
    } catch (RuntimeException | LinkageError e) {
      plugin.fail(describe(e));
      LOG.log(Level.SEVERE, "plugin " + id + " failed to start and is isolated", e);
      return idle;
    }
  }

  private static List<ScheduledJob> jobs(List<ScheduledJob> declared) {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (ScheduledJob job : declared) {
      if (job.name() == null || !job.name().matches("[a-z][a-z0-9-]{1,39}")) {
        throw new IllegalArgumentException("a job name is lower-case ASCII: " + job.name());
      }
      if (!names.add(job.name())) {
        throw new IllegalArgumentException("two jobs are named " + job.name());
      }
      if (job.interval() == null || job.interval().compareTo(java.time.Duration.ofSeconds(1)) < 0) {
        throw new IllegalArgumentException(
            "job " + job.name() + " needs an interval of 1 s or more");
      }
    }
    return List.copyOf(declared);
  }

  /** A started plugin by id; empty when none is installed or it failed or was refused. */
  public Optional<LoadedPlugin> started(String pluginId) {
    LoadedPlugin p = plugins.get(pluginId);
    return p != null && p.plugin().started() ? Optional.of(p) : Optional.empty();
  }

  /** Every installed plugin (started, failed or refused), by id. */
  public List<LoadedPlugin> installed() {
    return plugins.values().stream().sorted(Comparator.comparing(LoadedPlugin::id)).toList();
  }

  /** An installed plugin by id, in whatever state. */
  public Optional<LoadedPlugin> installed(String pluginId) {
    return Optional.ofNullable(plugins.get(pluginId));
  }

  /**
   * The started plugin whose class loader loaded {@code type}, if any: how the web layer tells a
   * plugin's resource method from the core's.
   */
  public Optional<LoadedPlugin> ownerOf(Class<?> type) {
    ClassLoader loader = type.getClassLoader();
    for (LoadedPlugin p : plugins.values()) {
      if (p.classLoader() == loader) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  static String describe(Throwable e) {
    String message = e.getMessage() == null ? "" : ": " + e.getMessage();
    return e.getClass().getSimpleName() + message;
  }

  /**
   * PF4J's jar plugin manager with the platform's rules: plugin classes need no {@code
   * Plugin-Class} (the extensions are the plugin), and the API-version check is the host's own (a
   * clearer message than PF4J's), so PF4J's system version stays unset.
   */
  static final class HostPluginManager extends JarPluginManager {

    HostPluginManager(Path root) {
      super(root);
    }

    @Override
    protected PluginFactory createPluginFactory() {
      return wrapper -> new Plugin();
    }
  }
}
