package cn.yangguang.web.supervision;

import static cn.yangguang.web.supervision.SupervisionCallers.call;

import cn.yangguang.supervision.application.SupervisionDashboard;
import cn.yangguang.supervision.application.ViolationDetection;
import cn.yangguang.supervision.domain.CountyFigures;
import cn.yangguang.supervision.domain.RuleSetting;
import cn.yangguang.supervision.domain.Violation;
import cn.yangguang.supervision.domain.ViolationRule;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.StaffOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A county's violations with their evidence, its rule settings and its supervision figures, for its
 * supervisors and admins.
 */
@Path("t/{tenant}/api/v1/supervision")
@RequestScoped
@StaffOnly({"supervisor", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class ViolationResource {

  @Inject SupervisionCallers callers;
  @Inject ViolationDetection detection;
  @Inject SupervisionDashboard dashboard;
  @Inject cn.yangguang.supervision.application.RiskPoints riskPoints;

  /** What a supervisor decided about a violation. */
  public record Handling(@NotBlank String status, @NotBlank @Size(max = 2000) String note) {}

  /** A rule's setting. */
  public record RuleRequest(
      @NotNull Boolean enabled, @NotNull @Min(0) @Max(8760) Integer threshold) {}

  /** A new risk point. */
  public record RiskPointRequest(
      @NotBlank @Size(max = 60) String step,
      @Size(max = 36) String item,
      @NotNull @Min(1) @Max(3) Integer level,
      @NotBlank @Size(max = 2000) String description,
      @NotBlank @Size(max = 2000) String control) {}

  /** The result of a scan. */
  public record ScanResult(int found) {}

  /** The county's figures (overdue, warnings, open violations and orders, ratings). */
  @GET
  @Path("figures")
  public CountyFigures figures() {
    return dashboard.figures(callers.tenant());
  }

  /** Violations, most recent first; by rule and status when asked. */
  @GET
  @Path("violations")
  public List<Violation> violations(
      @QueryParam("rule") @Size(max = 30) String rule,
      @QueryParam("status") @Size(max = 10) String status,
      @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(1000) int limit) {
    return detection.list(callers.tenant(), rule(rule), status(status), limit);
  }

  @GET
  @Path("violations/{id}")
  public Violation violation(@PathParam("id") UUID id) {
    return call(() -> detection.find(callers.tenant(), id));
  }

  /** Confirms or dismisses an open violation, with a note. */
  @POST
  @Path("violations/{id}/handling")
  @Consumes(MediaType.APPLICATION_JSON)
  @StaffOnly({"supervisor"})
  public Violation handle(@PathParam("id") UUID id, @NotNull @Valid Handling h) {
    Violation.Status s = status(h.status());
    return call(() -> detection.handle(callers.tenant(), id, s, h.note(), callers.actor()));
  }

  /** Examines every case showing a sign now (detection also follows casework's events). */
  @POST
  @Path("violations/scan")
  @StaffOnly({"supervisor"})
  public ScanResult scan() {
    return new ScanResult(detection.scan(callers.tenant(), callers.actor()));
  }

  /** Every rule with the county's setting. */
  @GET
  @Path("rules")
  public List<RuleSetting> rules() {
    return detection.settings(callers.tenant()).all();
  }

  /** Sets a rule (supervisors and admins). */
  @PUT
  @Path("rules/{rule}")
  @Consumes(MediaType.APPLICATION_JSON)
  public RuleSetting setRule(@PathParam("rule") String name, @NotNull @Valid RuleRequest r) {
    ViolationRule rule =
        ViolationRule.of(name).orElseThrow(() -> ProblemException.notFound("rule " + name));
    RuleSetting s = new RuleSetting(rule, r.enabled(), r.threshold());
    detection.configure(callers.tenant(), s, callers.actor());
    return s;
  }

  /** Open violations by rule. */
  @GET
  @Path("violations/open")
  public Map<ViolationRule, Integer> open() {
    return detection.openByRule(callers.tenant());
  }

  /** The risk points with their controls and the open violations on the monitored ones. */
  @GET
  @Path("risk-points")
  public List<cn.yangguang.supervision.application.RiskPoints.Watched> riskPoints() {
    return riskPoints.list(callers.tenant());
  }

  /** Adds a risk point: 201. */
  @POST
  @Path("risk-points")
  @Consumes(MediaType.APPLICATION_JSON)
  @StaffOnly({"supervisor"})
  public jakarta.ws.rs.core.Response addRiskPoint(@NotNull @Valid RiskPointRequest r) {
    var p =
        call(
            () ->
                riskPoints.add(
                    callers.tenant(),
                    r.step(),
                    r.item(),
                    r.level(),
                    r.description(),
                    r.control(),
                    callers.actor()));
    return jakarta.ws.rs.core.Response.status(201).entity(p).build();
  }

  static ViolationRule rule(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    return ViolationRule.of(name)
        .orElseThrow(() -> ProblemException.badField("rule", "is not a rule: " + name));
  }

  static Violation.Status status(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Violation.Status.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw ProblemException.badField("status", "must be OPEN, CONFIRMED or DISMISSED");
    }
  }
}
