package cn.yangguang.web.console;

import cn.yangguang.kernel.identity.domain.BrowserSession;
import cn.yangguang.kernel.identity.domain.StaffMember;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.view.View;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders console pages of the request's county: the {@link Shell} (county, person, navigation),
 * the session's CSRF token as {@code csrf} for every form, and headers that keep the page out of
 * every cache. For staff routes only: the standing checked by {@code @StaffOnly} must be there.
 */
@RequestScoped
public class ConsolePages {

  @Inject TenantContext tenants;
  @Inject CallerContext caller;
  @Inject ConsoleNavigation navigation;

  /** The console root of the request's county, {@code /t/{slug}/console}. */
  public String base() {
    return "/t/" + tenants.require().ref().slug() + "/console";
  }

  /**
   * The shell of a page.
   *
   * @param here the page's path relative to the console root, for the current navigation entry
   */
  public Shell shell(String here) {
    ResolvedTenant t = tenants.require();
    StaffMember me = caller.requireStaff();
    List<String> roles = me.roles().stream().sorted().toList();
    return new Shell(
        base(),
        "/t/" + t.ref().slug() + "/",
        t.facts().nameZh(),
        t.facts().nameEn(),
        t.branding().get("primaryColor"),
        me.displayName(),
        roles,
        navigation.items(me.roles(), base(), here));
  }

  /**
   * The session's CSRF token, or null for a bearer-token request (no session, no forms to guard).
   */
  public String csrf() {
    return caller.session().map(BrowserSession::csrfToken).orElse(null);
  }

  /** A page of the county's console with status 200. */
  public Response page(String template, String here, Map<String, Object> model) {
    return page(200, template, here, model);
  }

  /** A page of the county's console with the given status. */
  public Response page(int status, String template, String here, Map<String, Object> model) {
    return render(status, template, shell(here), csrf(), model);
  }

  /** Any console page, the platform chooser included. */
  public static Response render(
      int status, String template, Shell shell, String csrf, Map<String, Object> model) {
    Map<String, Object> all = new HashMap<>(model);
    all.put("shell", shell);
    if (csrf != null) {
      all.put("csrf", csrf);
    }
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(new View(template, all))
        .cacheControl(noStore())
        .header("Pragma", "no-cache")
        .build();
  }

  /**
   * The answer to a successful form post: 303 to a console page (post/redirect/get), so reloading
   * the result does not post again.
   *
   * @param pathAndQuery relative to the console root, e.g. {@code staff?notice=added}
   */
  public Response seeOther(String pathAndQuery) {
    return Response.seeOther(URI.create(base() + "/" + pathAndQuery))
        .cacheControl(noStore())
        .build();
  }

  /** {@code Cache-Control: no-store}: per-user data and CSRF tokens never go into a cache. */
  static CacheControl noStore() {
    CacheControl c = new CacheControl();
    c.setNoStore(true);
    c.setPrivate(true);
    return c;
  }
}
