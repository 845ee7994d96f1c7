package cn.yangguang.web.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Enforces {@link Authenticated}: a browser asking for a page is sent to sign in, others get 401.
 */
@Provider
@Authenticated
@Priority(Priorities.AUTHORIZATION)
public class AuthenticatedFilter implements ContainerRequestFilter {

  @Inject CallerContext context;

  @Override
  public void filter(ContainerRequestContext request) {
    if (context.caller().isEmpty()) {
      SignInRedirect.abortOrRefuse(request, "sign in first");
    }
  }
}
