package cn.yangguang.web.kernel;

import cn.yangguang.kernel.calendar.domain.TimeUnit;
import cn.yangguang.kernel.clock.application.ClockService;
import cn.yangguang.kernel.clock.domain.Clock;
import cn.yangguang.kernel.clock.domain.ClockRepository;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.security.OperatorOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * Statutory clocks of a county. Casework, disclosure and the hotline drive clocks in-process; these
 * routes let operators (and, with identity, supervisors) start and inspect clocks, e.g. to
 * demonstrate warnings with the dev clock.
 */
@Path("t/{tenant}/api/v1/clocks")
@RequestScoped
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
public class TenantClockResource {

  @Inject CallerContext callerContext;

  @Inject TenantContext context;
  @Inject ClockService clocks;
  @Inject cn.yangguang.api.time.PlatformClock time;

  /** Starts a clock; 201 with its state. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response start(@PathParam("tenant") String slug, @NotNull @Valid StartClock body) {
    TimeUnit unit;
    try {
      unit = TimeUnit.valueOf(body.unit());
    } catch (IllegalArgumentException e) {
      throw ProblemException.badField(
          "unit", "must be WORKING_DAYS, NATURAL_DAYS, HOURS or WORKING_HOURS");
    }
    Instant trigger = body.trigger() == null ? null : parse(body.trigger());
    Clock c =
        clocks.start(
            context.require().ref(),
            new Clock.Subject(body.subjectType(), body.subjectId(), body.step()),
            body.regime(),
            unit,
            body.limit(),
            trigger == null ? time.now() : trigger,
            callerContext.actor());
    return Response.status(201).entity(view(c)).build();
  }

  /** A clock with its history; 404 when the county has no such clock. */
  @GET
  @Path("{clockId}")
  public ClockView get(@PathParam("tenant") String slug, @PathParam("clockId") UUID clockId) {
    Clock c =
        clocks
            .find(context.require().ref(), clockId)
            .orElseThrow(() -> ProblemException.notFound("clock"));
    return view(c);
  }

  /** Pauses, resumes, extends, restarts, completes or cancels a clock. */
  @POST
  @Path("{clockId}/{action}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ClockView act(
      @PathParam("tenant") String slug,
      @PathParam("clockId") UUID clockId,
      @PathParam("action") @Pattern(regexp = "pause|resume|extend|restart|complete|cancel")
          String action,
      @Valid ClockAction body) {
    var tenant = context.require().ref();
    String reason = body == null ? null : body.reason();
    String actor = callerContext.actor();
    try {
      Clock c =
          switch (action) {
            case "pause" -> clocks.pause(tenant, clockId, required(reason), actor);
            case "resume" -> clocks.resume(tenant, clockId, actor);
            case "extend" -> clocks.extend(tenant, clockId, amount(body), required(reason), actor);
            case "restart" -> clocks.restart(tenant, clockId, required(reason), actor);
            case "complete" -> clocks.complete(tenant, clockId, actor);
            default -> clocks.cancel(tenant, clockId, required(reason), actor);
          };
      return view(c);
    } catch (NoSuchElementException e) {
      throw ProblemException.notFound("clock");
    } catch (IllegalStateException e) {
      throw new ProblemException(409, "Not possible now", e.getMessage());
    }
  }

  /**
   * Sets the county's warning thresholds for a regime (percent of the limit elapsed); its open
   * clocks of that regime are re-evaluated at once.
   */
  @jakarta.ws.rs.PUT
  @Path("policies/{regime}")
  @Consumes(MediaType.APPLICATION_JSON)
  public PolicyView policy(
      @PathParam("tenant") String slug,
      @PathParam("regime") @Pattern(regexp = "[A-Z_]{2,40}") String regime,
      @NotNull @Valid Thresholds body) {
    if (body.yellowPct() >= body.redPct()) {
      throw ProblemException.badField("yellowPct", "must be below redPct");
    }
    int n =
        clocks.setPolicy(
            context.require().ref(),
            new cn.yangguang.kernel.clock.domain.ClockPolicy(
                regime, body.yellowPct(), body.redPct()),
            callerContext.actor());
    return new PolicyView(regime, body.yellowPct(), body.redPct(), n);
  }

  /** Thresholds as sent. */
  public record Thresholds(
      @NotNull @Min(1) @Max(99) Integer yellowPct, @NotNull @Min(2) @Max(100) Integer redPct) {}

  /** A policy change as the API shows it. */
  public record PolicyView(String regime, int yellowPct, int redPct, int clocksReevaluated) {}

  private ClockView view(Clock c) {
    Clock.Snapshot s = c.snapshot();
    List<ClockRepository.ClockEventView> history = clocks.history(context.require().ref(), c.id());
    return new ClockView(
        s.id(),
        s.subjectType(),
        s.subjectId(),
        s.step(),
        s.regime(),
        s.unit().name(),
        s.limit(),
        s.extension(),
        s.status().name(),
        s.level().name(),
        String.valueOf(c.deadlineDate()),
        s.thresholds() == null ? null : s.thresholds().dueAt().toString(),
        !c.missingYears().isEmpty(),
        List.copyOf(c.missingYears()),
        s.nextTransitionAt() == null ? null : s.nextTransitionAt().toString(),
        s.onTime(),
        history);
  }

  private static String required(String reason) {
    if (reason == null || reason.isBlank()) {
      throw ProblemException.badField("reason", "must not be blank");
    }
    return reason;
  }

  private static int amount(ClockAction body) {
    if (body == null || body.amount() == null) {
      throw ProblemException.badField("amount", "an extension needs an amount");
    }
    return body.amount();
  }

  private static Instant parse(String value) {
    try {
      return java.time.OffsetDateTime.parse(value).toInstant();
    } catch (RuntimeException e) {
      throw ProblemException.badField(
          "trigger", "must be an ISO instant such as 2025-09-26T09:00:00+08:00");
    }
  }

  /** What starts a clock. {@code trigger} defaults to now. */
  public record StartClock(
      @NotBlank @Size(max = 40) String subjectType,
      @NotBlank @Size(max = 80) String subjectId,
      @NotBlank @Size(max = 60) String step,
      @NotBlank @Pattern(regexp = "[A-Z_]{2,40}") String regime,
      @NotBlank String unit,
      @NotNull @Min(0) @Max(3650) Integer limit,
      String trigger) {}

  /** The details of a change. */
  public record ClockAction(@Size(max = 300) String reason, @Min(1) @Max(365) Integer amount) {}

  /** A clock as the API shows it. */
  public record ClockView(
      UUID id,
      String subjectType,
      String subjectId,
      String step,
      String regime,
      String unit,
      int limit,
      int extension,
      String status,
      String level,
      String deadline,
      String due,
      boolean provisional,
      List<Integer> missingYears,
      String nextLevelChangeAt,
      Boolean onTime,
      List<ClockRepository.ClockEventView> history) {}
}
