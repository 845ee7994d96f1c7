package cn.yangguang.web.tenant;

import cn.yangguang.kernel.tenancy.application.TenantDirectory;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Serves {@code http://jianshi.localhost:8080/x} as {@code /t/jianshi/x}: one set of routes for
 * both the host and the path form. Platform-level paths (health, metrics, OpenAPI, API docs, static
 * assets) are left alone on every host; sign-in paths are sent to the platform's own host.
 */
@WebFilter(filterName = "tenant-host", urlPatterns = "/*")
public class TenantHostFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient TenantDirectory directory;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    Optional<String> slug = directory.slugOfHost(req.getHeader("Host"));
    String path = req.getRequestURI().substring(req.getContextPath().length());
    if (slug.isEmpty() || isPlatformPath(path)) {
      chain.doFilter(req, res);
      return;
    }
    if (isSignInPath(path)) {
      res.setStatus(HttpServletResponse.SC_SEE_OTHER);
      res.setHeader("Location", onPlatformHost(req, slug.get(), path));
      return;
    }
    String target = "/t/" + slug.get() + (path.isEmpty() ? "/" : path);
    if (req.getQueryString() != null) {
      target += "?" + req.getQueryString();
    }
    req.getRequestDispatcher(target).forward(req, res);
  }

  /**
   * Sign-in happens on the platform's own host: Keycloak knows only its redirect URI, and the
   * session cookie belongs to that host. A county host sends the browser there, with the page to
   * return to rewritten to the path form ({@code /x} becomes {@code /t/jianshi/x}).
   */
  static boolean isSignInPath(String path) {
    return path.equals("/login")
        || path.equals("/register")
        || path.equals("/logout")
        || path.startsWith("/auth/");
  }

  static String onPlatformHost(HttpServletRequest req, String slug, String path) {
    String host = req.getHeader("Host").substring(slug.length() + 1);
    String query = req.getQueryString() == null ? "" : req.getQueryString();
    String back = req.getParameter("return");
    if (back != null && back.startsWith("/") && !back.startsWith("/t/")) {
      query =
          "return="
              + java.net.URLEncoder.encode(
                  "/t/" + slug + back, java.nio.charset.StandardCharsets.UTF_8);
    }
    return req.getScheme() + "://" + host + path + (query.isEmpty() ? "" : "?" + query);
  }

  static boolean isPlatformPath(String path) {
    return path.startsWith("/t/")
        || path.startsWith("/health")
        || path.startsWith("/metrics")
        || path.startsWith("/openapi")
        || path.startsWith("/swagger-ui")
        || path.startsWith("/webjars/")
        || path.startsWith("/static/")
        || path.startsWith("/api/");
  }
}
