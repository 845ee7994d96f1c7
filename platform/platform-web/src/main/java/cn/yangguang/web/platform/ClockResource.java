package cn.yangguang.web.platform;

import cn.yangguang.kernel.audit.OperatorAudit;
import cn.yangguang.kernel.time.AdjustableClock;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.security.OperatorOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;

/**
 * The platform clock. Reading it is always allowed to operators; moving it forward only where the
 * deployment enables the dev clock (the local stack), otherwise 404 as if the route did not exist.
 */
@Path("api/v1/platform/clock")
@RequestScoped
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
public class ClockResource {

  @Inject CallerContext callerContext;

  @Inject AdjustableClock clock;
  @Inject OperatorAudit audit;
  @Inject cn.yangguang.kernel.system.SystemJobs jobs;

  /** The platform time and its offset from the system clock. */
  @GET
  public ClockState get() {
    return new ClockState(clock.now().toString(), clock.offset().toString(), clock.adjustable());
  }

  /** Moves the clock forward by whole hours and days. */
  @POST
  @Path("advance")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  public ClockState advance(@NotNull @Valid Advance by) {
    if (!clock.adjustable()) {
      throw ProblemException.notFound("route");
    }
    Duration step = Duration.ofDays(by.days()).plusHours(by.hours());
    if (step.isZero()) {
      throw ProblemException.badField("days", "move the clock by at least one hour or day");
    }
    clock.advance(step);
    try {
      jobs.run("clock-sweep"); // let warnings follow the moved clock at once
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("the clock moved but the sweep failed: " + e.getMessage(), e);
    }
    audit.record(
        callerContext.actor(),
        "clock.advance",
        null,
        "platform clock",
        "{\"by\":\"" + step + "\"}");
    return get();
  }

  /** How far to move the clock. */
  public record Advance(@Min(0) @Max(3650) int days, @Min(0) @Max(23) int hours) {}

  /** The clock as the API shows it. */
  public record ClockState(String now, String offset, boolean adjustable) {}
}
