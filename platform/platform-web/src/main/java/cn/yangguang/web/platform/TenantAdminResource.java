package cn.yangguang.web.platform;

import cn.yangguang.kernel.tenancy.application.OnboardingResult;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantDirectory;
import cn.yangguang.kernel.tenancy.application.TenantNotFoundException;
import cn.yangguang.kernel.tenancy.application.TenantOnboarding;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.security.OperatorOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Onboarding: the same manifest document as {@code tenants/{slug}/tenant.yaml}, as YAML or JSON. An
 * invalid document is answered 422 with every problem and its path, and nothing is applied.
 */
@Path("api/v1/platform/tenants")
@RequestScoped
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
public class TenantAdminResource {

  @Inject CallerContext callerContext;

  @Inject TenantOnboarding onboarding;
  @Inject TenantDirectory directory;

  /** Every registered county, any status. */
  @GET
  public List<TenantSummary> list() {
    return directory.all().stream().map(TenantSummary::of).toList();
  }

  /** One county. */
  @GET
  @Path("{slug}")
  public TenantSummary get(@PathParam("slug") String slug) {
    return directory
        .bySlug(slug)
        .map(TenantSummary::of)
        .orElseThrow(() -> new TenantNotFoundException(slug));
  }

  /** Onboards a county (or updates it when the document's id is known): 201 or 200. */
  @POST
  @Consumes({
    "application/yaml",
    "application/x-yaml",
    "text/yaml",
    MediaType.APPLICATION_JSON,
    MediaType.TEXT_PLAIN
  })
  public Response onboard(String manifest) {
    OnboardingResult result = onboarding.apply(manifest, callerContext.actor(), null);
    return Response.status(result.outcome() == OnboardingResult.Outcome.CREATED ? 201 : 200)
        .entity(result)
        .build();
  }

  /** Applies a new manifest to the county at this address; the document must describe it. */
  @PUT
  @Path("{slug}")
  @Consumes({
    "application/yaml",
    "application/x-yaml",
    "text/yaml",
    MediaType.APPLICATION_JSON,
    MediaType.TEXT_PLAIN
  })
  public OnboardingResult update(@PathParam("slug") String slug, String manifest) {
    directory.bySlug(slug).orElseThrow(() -> new TenantNotFoundException(slug));
    return onboarding.apply(manifest, callerContext.actor(), slug);
  }

  /** Suspends a county: its routes answer 403 until resumed. */
  @POST
  @Path("{slug}/suspend")
  public TenantSummary suspend(@PathParam("slug") String slug) {
    onboarding.suspend(slug, callerContext.actor());
    return get(slug);
  }

  /** Resumes a suspended county. */
  @POST
  @Path("{slug}/resume")
  public TenantSummary resume(@PathParam("slug") String slug) {
    onboarding.resume(slug, callerContext.actor());
    return get(slug);
  }

  /** A county as the operator list shows it. */
  public record TenantSummary(
      String id,
      String slug,
      String status,
      String nameZh,
      String nameEn,
      String divisionCode,
      String provinceCode,
      String prefectureCode,
      int version) {

    static TenantSummary of(ResolvedTenant t) {
      return new TenantSummary(
          t.ref().id().toString(),
          t.ref().slug(),
          t.status().name(),
          t.facts().nameZh(),
          t.facts().nameEn(),
          t.facts().divisionCode(),
          t.facts().provinceCode(),
          t.facts().prefectureCode(),
          t.version());
    }
  }
}
