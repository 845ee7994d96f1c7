package cn.yangguang.api.plugin;

import cn.yangguang.api.tenant.TenantRef;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One HTTP request to a plugin route, as the platform resolved it. Valid for the request only and
 * on its thread; never keep it.
 */
public interface PluginRequest {

  /** The county the request is for; never null. */
  TenantRef tenant();

  /** The language of the answer (zh-CN by default, English on request); never null. */
  Locale locale();

  /** The signed-in caller's user name, empty for an anonymous request. */
  Optional<String> username();

  /**
   * The caller's roles in this county (core and plugin role slugs); empty for anonymous callers,
   * residents and staff of other counties. Read from the platform's tables on every request, so a
   * revoked role takes effect at once.
   */
  Set<String> roles();

  /**
   * Fails the request unless the caller is staff of this county holding one of {@code anyOf} (any
   * staff role when empty): 401 for an anonymous caller, 403 otherwise. Resource methods call this
   * first; hiding a link is not access control.
   */
  void requireStaff(String... anyOf);

  /**
   * The code of the department the signed-in staff member belongs to in this county (e.g. {@code
   * jsx-mzj}), as the county's staff tables say on this request; empty for anonymous callers,
   * residents, staff of other counties and staff without a department. A plugin that routes work to
   * departments (a hotline's handling units) uses it to show each officer her unit's work.
   *
   * @since 1.1
   */
  default Optional<String> department() {
    return Optional.empty();
  }

  /**
   * The anti-forgery token of the caller's browser session: a page's form that changes something
   * carries it in a hidden field named {@code _csrf}, or the platform refuses the post (403). Empty
   * for callers without a browser session (bearer tokens, anonymous visitors), whose posts need
   * none.
   *
   * @since 1.1
   */
  default Optional<String> formToken() {
    return Optional.empty();
  }
}
