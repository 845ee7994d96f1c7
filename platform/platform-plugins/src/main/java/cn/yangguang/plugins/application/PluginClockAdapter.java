package cn.yangguang.plugins.application;

import cn.yangguang.api.plugin.PluginClocks;
import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.kernel.calendar.domain.TimeUnit;
import cn.yangguang.kernel.clock.application.ClockService;
import cn.yangguang.kernel.clock.domain.Clock;
import cn.yangguang.kernel.clock.domain.ClockStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A plugin's {@link PluginClocks} on the kernel's clock service: the plugin's id is the clock's
 * subject type and regime (so a county's warning thresholds for the plugin can be set apart from
 * the default), and a plugin sees only its own clocks.
 */
final class PluginClockAdapter implements PluginClocks {

  private final String pluginId;
  private final ClockService clocks;
  private final PlatformClock time;

  PluginClockAdapter(String pluginId, ClockService clocks, PlatformClock time) {
    this.pluginId = pluginId;
    this.clocks = clocks;
    this.time = time;
  }

  @Override
  public ClockView start(
      TenantRef tenant,
      String subjectId,
      String step,
      Unit unit,
      int limit,
      Instant trigger,
      String actor) {
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(actor, "actor");
    if (limit < 0) {
      throw new IllegalArgumentException("a clock's limit is at least 0, got " + limit);
    }
    Clock c =
        clocks.start(
            tenant,
            new Clock.Subject(pluginId, subjectId, step),
            pluginId,
            TimeUnit.valueOf(unit.name()),
            limit,
            trigger,
            actor);
    return view(c);
  }

  @Override
  public ClockView extend(TenantRef tenant, UUID clockId, int amount, String reason, String actor) {
    own(tenant, clockId);
    return view(clocks.extend(tenant, clockId, amount, reason, actor));
  }

  @Override
  public ClockView complete(TenantRef tenant, UUID clockId, String actor) {
    own(tenant, clockId);
    return view(clocks.complete(tenant, clockId, actor));
  }

  @Override
  public ClockView cancel(TenantRef tenant, UUID clockId, String reason, String actor) {
    own(tenant, clockId);
    return view(clocks.cancel(tenant, clockId, reason, actor));
  }

  @Override
  public Optional<ClockView> find(TenantRef tenant, UUID clockId) {
    return clocks
        .find(tenant, clockId)
        .filter(c -> pluginId.equals(c.snapshot().subjectType()))
        .map(this::view);
  }

  private void own(TenantRef tenant, UUID clockId) {
    if (find(tenant, clockId).isEmpty()) {
      throw new IllegalArgumentException("no clock " + clockId + " of plugin " + pluginId);
    }
  }

  private ClockView view(Clock c) {
    Clock.Snapshot s = c.snapshot();
    // the stored level moves with the platform's sweep; a running clock is evaluated now
    Level level =
        s.status() == ClockStatus.RUNNING
            ? Level.valueOf(s.thresholds().levelAt(time.now()).name())
            : Level.valueOf(s.level().name());
    return new ClockView(
        s.id(),
        s.step(),
        s.status().name(),
        level,
        s.thresholds().dueAt(),
        s.thresholds().deadlineDate(),
        !s.thresholds().missingYears().isEmpty(),
        Optional.ofNullable(s.onTime()));
  }
}
