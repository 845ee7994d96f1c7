package cn.yangguang.hotline.application;

import cn.yangguang.api.plugin.PluginContext;
import cn.yangguang.api.plugin.ScheduledJob;
import cn.yangguang.api.tenant.TenantRef;
import java.time.Duration;
import java.util.logging.Logger;
import org.pf4j.Extension;

/** Exchanges with the prefecture's platform every minute, for each county linked to one. */
@Extension
public class CitySyncJob implements ScheduledJob {

  private static final Logger LOG = Logger.getLogger(CitySyncJob.class.getName());

  @Override
  public String name() {
    return "city-sync";
  }

  @Override
  public Duration interval() {
    return Duration.ofMinutes(1);
  }

  @Override
  public void run(TenantRef tenant, PluginContext context) {
    // one county transaction: intake, history, audit and outbox need one to join
    CitySync.Result r =
        context.data().inTenant(tenant, c -> new CitySync(context, tenant).run("system:city-sync"));
    if (r.error() != null) {
      LOG.warning(tenant.slug() + ": city 12345 exchange stopped: " + r.error());
    }
  }
}
