package cn.yangguang.web.security;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;

/**
 * What an anonymous request to a protected route gets: a browser opening a page is redirected to
 * sign in and brought back; API clients get a 401 problem.
 */
final class SignInRedirect {

  private SignInRedirect() {}

  static void abortOrRefuse(ContainerRequestContext request, String detail) {
    if (wantsPage(request)) {
      URI here = request.getUriInfo().getRequestUri();
      String back =
          here.getRawPath() + (here.getRawQuery() == null ? "" : "?" + here.getRawQuery());
      request.abortWith(
          Response.seeOther(UriBuilder.fromPath("/login").queryParam("return", back).build())
              .build());
      return;
    }
    throw Refusals.unauthenticated(detail);
  }

  static boolean wantsPage(ContainerRequestContext request) {
    if (!HttpMethod.GET.equals(request.getMethod())) {
      return false;
    }
    if (request.getUriInfo().getPath().contains("api/")) {
      return false;
    }
    return request.getAcceptableMediaTypes().stream()
        .anyMatch(m -> m.isCompatible(MediaType.TEXT_HTML_TYPE) && !m.isWildcardType());
  }
}
