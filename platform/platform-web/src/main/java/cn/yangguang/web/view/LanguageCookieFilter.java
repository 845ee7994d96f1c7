package cn.yangguang.web.view;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Remembers a visitor's explicit language choice ({@code ?lang=en} or {@code ?lang=zh-CN} on a
 * page) in the {@link RequestLocale#COOKIE} cookie for a year, so the next pages keep it without
 * the parameter.
 */
@Provider
public class LanguageCookieFilter implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Locale chosen = RequestLocale.parse(request.getUriInfo().getQueryParameters().getFirst("lang"));
    if (chosen == null
        || response.getMediaType() == null
        || !"html".equals(response.getMediaType().getSubtype())) {
      return;
    }
    NewCookie cookie =
        new NewCookie.Builder(RequestLocale.COOKIE)
            .value(chosen.toLanguageTag())
            .path("/")
            .maxAge(365 * 24 * 3600)
            .sameSite(NewCookie.SameSite.LAX)
            .httpOnly(true)
            .build();
    response.getHeaders().add("Set-Cookie", cookie);
  }
}
