package cn.yangguang.web.supervision;

import static cn.yangguang.web.supervision.SupervisionCallers.call;

import cn.yangguang.kernel.identity.application.Caller;
import cn.yangguang.supervision.application.Ratings;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.Authenticated;
import cn.yangguang.web.security.CallerContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/**
 * Ratings (好差评): an applicant rates her served case, a signed-in person a window visit; the
 * statistics are public; supervisors follow bad ratings up.
 */
@Path("t/{tenant}/api/v1/ratings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RatingResource {

  @Inject SupervisionCallers callers;
  @Inject CallerContext context;
  @Inject Ratings ratings;

  /** A rating of a case ({@code caseId}) or of a window ({@code window}, a post code). */
  public record RatingRequest(
      UUID caseId,
      @Size(max = 60) String window,
      @NotNull @Min(1) @Max(5) Integer level,
      @Size(max = 1000) String comment) {}

  /** Rates: 201; a bad rating (1 or 2) comes back with its follow-up clock. */
  @POST
  @Authenticated
  @Consumes(MediaType.APPLICATION_JSON)
  public Response rate(@NotNull @Valid RatingRequest r) {
    Caller me = context.caller().orElseThrow();
    if ((r.caseId() == null) == (r.window() == null || r.window().isBlank())) {
      throw ProblemException.badField("caseId", "name either a case or a window");
    }
    Ratings.RatingView v =
        call(
            () ->
                r.caseId() != null
                    ? ratings.rateCase(
                        callers.tenant(),
                        me.userId(),
                        me.username(),
                        r.caseId(),
                        r.level(),
                        r.comment())
                    : ratings.rateWindow(
                        callers.tenant(),
                        me.userId(),
                        me.username(),
                        r.window().strip(),
                        r.level(),
                        r.comment()));
    return Response.status(201).entity(v).build();
  }

  /** The county's rating statistics (public): the county first, then each department. */
  @GET
  @Path("statistics")
  public List<Ratings.Statistics> statistics() {
    return ratings.statistics(callers.tenant());
  }
}
