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
 * assets) are left alone on every host.
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
    String target = "/t/" + slug.get() + (path.isEmpty() ? "/" : path);
    if (req.getQueryString() != null) {
      target += "?" + req.getQueryString();
    }
    req.getRequestDispatcher(target).forward(req, res);
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
