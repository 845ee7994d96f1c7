package cn.yangguang.web.security;

import cn.yangguang.kernel.identity.application.OversightAccess;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Lets a request to an {@link OperatorOnly} route through only for a platform operator: a user the
 * platform tables make an operator, or the operator's machine token (automation and break-glass,
 * ADR 0009). Anonymous: 401; anyone else: 403.
 */
@Provider
@OperatorOnly
@Priority(Priorities.AUTHORIZATION)
public class OperatorAuthorizationFilter implements ContainerRequestFilter {

  @Inject CallerContext context;
  @Inject OversightAccess oversight;

  @Override
  public void filter(ContainerRequestContext request) {
    if (context.machineOperator()) {
      return;
    }
    if (context.caller().isEmpty()) {
      throw Refusals.unauthenticated("this route is for platform operators: sign in first");
    }
    if (!oversight.isOperator(context.caller().get())) {
      throw Refusals.forbidden(context.caller().get().username() + " is not a platform operator");
    }
  }
}
