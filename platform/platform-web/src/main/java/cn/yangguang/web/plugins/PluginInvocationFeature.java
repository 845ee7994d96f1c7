package cn.yangguang.web.plugins;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.model.Invocable;
import org.glassfish.jersey.server.spi.internal.ResourceMethodInvocationHandlerProvider;
import org.pf4j.PluginClassLoader;

/**
 * Runs every resource method of a plugin class through {@link PluginCalls}: inside a transaction of
 * the request's county (as {@code @TenantTransactional} does for the core's resources, which plugin
 * objects cannot carry: they are not CDI beans), with unexpected exceptions counted against the
 * plugin. Jersey asks this provider once per resource method; the core's methods get the default
 * handler.
 */
@Provider
public class PluginInvocationFeature implements Feature {

  @Override
  public boolean configure(FeatureContext context) {
    context.register(
        new AbstractBinder() {
          @Override
          protected void configure() {
            bind(new PluginMethods()).to(ResourceMethodInvocationHandlerProvider.class);
          }
        });
    return true;
  }

  /** Picks out the methods of classes a plugin's class loader loaded. */
  static final class PluginMethods implements ResourceMethodInvocationHandlerProvider {
    @Override
    public InvocationHandler create(Invocable method) {
      Class<?> type = method.getHandler().getHandlerClass();
      if (type == null || !(type.getClassLoader() instanceof PluginClassLoader)) {
        return null;
      }
      return (target, m, args) -> {
        try {
          return CDI.current().select(PluginCalls.class).get().invoke(target, m, args);
        } catch (Throwable t) {
          // as Method.invoke reports it: Jersey then maps the cause like any resource's exception
          throw new InvocationTargetException(t);
        }
      };
    }
  }
}
