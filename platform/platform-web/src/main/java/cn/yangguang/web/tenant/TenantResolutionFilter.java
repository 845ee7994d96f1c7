package cn.yangguang.web.tenant;

import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.kernel.tenancy.application.TenantDirectory;
import cn.yangguang.kernel.tenancy.application.TenantNotFoundException;
import cn.yangguang.kernel.tenancy.domain.TenantStatus;
import cn.yangguang.web.http.ProblemException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Resolves the tenant named by {@code /t/{slug}/...} before routing: an unknown slug is 404 with
 * the slug named, a suspended tenant 403, and a known one becomes the request's {@link
 * TenantContext}.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class TenantResolutionFilter implements ContainerRequestFilter {

  @Inject TenantDirectory directory;
  @Inject TenantContext context;

  @Override
  public void filter(ContainerRequestContext request) {
    List<String> segments =
        List.of(request.getUriInfo().getPath(true).replaceFirst("^/", "").split("/", 3));
    if (segments.size() < 2 || !segments.get(0).equals("t")) {
      return;
    }
    String slug = segments.get(1);
    ResolvedTenant tenant =
        directory.bySlug(slug).orElseThrow(() -> new TenantNotFoundException(slug));
    if (tenant.status() == TenantStatus.SUSPENDED) {
      throw new ProblemException(
          403,
          "County suspended",
          tenant.facts().nameZh() + " (" + slug + ") is suspended on this platform");
    }
    context.set(tenant);
  }
}
