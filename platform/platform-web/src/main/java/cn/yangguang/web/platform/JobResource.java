package cn.yangguang.web.platform;

import cn.yangguang.kernel.system.SystemJobs;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.OperatorOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;

/**
 * Runs a system job now (clock sweep, audit chaining, anchoring) instead of waiting for its
 * schedule.
 */
@Path("api/v1/platform/jobs/{job}/run")
@RequestScoped
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

  @Inject SystemJobs jobs;

  /** Runs the job and says what it did. */
  @POST
  public JobRun run(@PathParam("job") String job) throws SQLException {
    if (!SystemJobs.NAMES.contains(job)) {
      throw ProblemException.notFound("job " + job);
    }
    return new JobRun(job, jobs.run(job));
  }

  /** A job run. */
  public record JobRun(String job, String result) {}
}
