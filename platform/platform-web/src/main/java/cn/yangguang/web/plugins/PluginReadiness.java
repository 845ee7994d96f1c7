package cn.yangguang.web.plugins;

import cn.yangguang.plugins.application.LoadedPlugin;
import cn.yangguang.plugins.application.PluginHost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports every installed plugin's state in {@code /health/ready}: {@code STARTED}, or {@code
 * FAILED}/{@code REFUSED} with the reason, and the count of requests it failed. Always up: a failed
 * plugin is isolated and the core keeps serving, so it must not take the node out of the load
 * balancer; operators watch the data (and the console).
 */
@Readiness
@ApplicationScoped
public class PluginReadiness implements HealthCheck {

  @Inject PluginHost host;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder b = HealthCheckResponse.named("plugins").up();
    for (LoadedPlugin p : host.installed()) {
      String state = p.plugin().state().name();
      if (!p.plugin().reason().isEmpty()) {
        state += ": " + p.plugin().reason();
      }
      if (p.plugin().requestFailures() > 0) {
        state += " (" + p.plugin().requestFailures() + " failed requests)";
      }
      b.withData(p.id(), state);
    }
    return b.build();
  }
}
