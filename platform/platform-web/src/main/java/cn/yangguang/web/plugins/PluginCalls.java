package cn.yangguang.web.plugins;

import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import cn.yangguang.plugins.application.PluginHost;
import cn.yangguang.web.http.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Calls one resource method of a plugin: in a transaction of the request's county that commits when
 * the method returns and rolls back when it throws (before the error is mapped, so a 2xx answer is
 * durable and an error leaves nothing half-written). An exception that is not an HTTP answer counts
 * against the plugin and is logged; the error mapping turns it into a 500 with an incident id.
 */
@ApplicationScoped
public class PluginCalls {

  private static final Logger LOG = Logger.getLogger(PluginCalls.class.getName());

  @Inject TenantContext tenants;
  @Inject TenantTransactions transactions;
  @Inject PluginHost host;

  /** Invokes {@code method} on {@code target}. */
  public Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return transactions.call(tenants.require().ref(), () -> call(target, method, args));
    } catch (WebApplicationException | ProblemException e) {
      throw e;
    } catch (RuntimeException | Error e) {
      Throwable cause = e instanceof Unwrapped u ? u.getCause() : e;
      host.ownerOf(target.getClass())
          .ifPresent(p -> p.plugin().recordRequestFailure(cause.toString()));
      LOG.log(
          Level.WARNING,
          "plugin resource " + target.getClass().getName() + "." + method.getName() + " threw",
          cause);
      throw cause;
    }
  }

  private static Object call(Object target, Method method, Object[] args) throws Exception {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new Unwrapped(cause);
    }
  }

  /** A checked exception of a plugin method, carried through the transaction helper. */
  private static final class Unwrapped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unwrapped(Throwable cause) {
      super(cause);
    }
  }
}
