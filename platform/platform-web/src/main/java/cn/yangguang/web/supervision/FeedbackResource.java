package cn.yangguang.web.supervision;

import static cn.yangguang.web.supervision.SupervisionCallers.call;

import cn.yangguang.supervision.application.Complaints;
import cn.yangguang.supervision.application.Ratings;
import cn.yangguang.supervision.domain.Complaint;
import cn.yangguang.supervision.domain.Rating;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/**
 * What residents said, for the county's supervisors: complaints with their clocks, concluded with
 * an outcome, and ratings, the bad ones followed up.
 */
@Path("t/{tenant}/api/v1/supervision")
@RequestScoped
@StaffOnly({"supervisor", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {

  @Inject SupervisionCallers callers;
  @Inject Complaints complaints;
  @Inject Ratings ratings;

  /** A supervisor's conclusion. */
  public record Conclusion(@NotBlank String outcome, @NotBlank @Size(max = 2000) String note) {}

  /** How a bad rating was rectified. */
  public record FollowUpRequest(@NotBlank @Size(max = 2000) String note) {}

  /** Every complaint of the county, most recent first. */
  @GET
  @Path("complaints")
  public List<Complaints.ComplaintView> complaints(
      @QueryParam("status") @Size(max = 10) String status,
      @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(1000) int limit) {
    Complaint.Status s = null;
    if (status != null && !status.isBlank()) {
      try {
        s = Complaint.Status.valueOf(status);
      } catch (IllegalArgumentException e) {
        throw ProblemException.badField("status", "must be OPEN or CONCLUDED");
      }
    }
    return complaints.list(callers.tenant(), s, limit);
  }

  /** Concludes an open complaint. */
  @POST
  @Path("complaints/{id}/conclusion")
  @StaffOnly({"supervisor"})
  @Consumes(MediaType.APPLICATION_JSON)
  public Complaints.ComplaintView conclude(@PathParam("id") UUID id, @NotNull @Valid Conclusion c) {
    Complaint.Outcome outcome;
    try {
      outcome = Complaint.Outcome.valueOf(c.outcome());
    } catch (IllegalArgumentException e) {
      throw ProblemException.badField("outcome", "must be SUBSTANTIATED, PARTLY or UNFOUNDED");
    }
    return call(
        () -> complaints.conclude(callers.tenant(), id, outcome, c.note(), callers.actor()));
  }

  /** Ratings, most recent first; by follow-up when asked. */
  @GET
  @Path("ratings")
  public List<Ratings.RatingView> ratings(
      @QueryParam("followUp") @Size(max = 10) String followUp,
      @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(1000) int limit) {
    Rating.FollowUp f = null;
    if (followUp != null && !followUp.isBlank()) {
      try {
        f = Rating.FollowUp.valueOf(followUp);
      } catch (IllegalArgumentException e) {
        throw ProblemException.badField("followUp", "must be NONE, PENDING or RECTIFIED");
      }
    }
    return ratings.list(callers.tenant(), f, limit);
  }

  /** Records the rectification of a bad rating. */
  @POST
  @Path("ratings/{id}/follow-up")
  @StaffOnly({"supervisor"})
  @Consumes(MediaType.APPLICATION_JSON)
  public Ratings.RatingView followUp(@PathParam("id") UUID id, @NotNull @Valid FollowUpRequest r) {
    return call(() -> ratings.followUp(callers.tenant(), id, r.note(), callers.actor()));
  }
}
