/**
 * The staff console: server-rendered pages under {@code /t/{slug}/console} for a county's staff,
 * and the platform-level chooser at {@code /console}.
 *
 * <p>Every console page carries per-user data and the session's CSRF token, so none is cached
 * ({@code Cache-Control: no-store}) and none goes through {@link
 * cn.yangguang.web.view.RenderedPages}. Access is checked by {@link
 * cn.yangguang.web.security.StaffOnly} against the platform tables on every request; the navigation
 * only hides what a role cannot open, it never grants anything.
 *
 * <p>Other modules add pages to the console by contributing a {@link
 * cn.yangguang.web.console.ConsoleSection} bean (the navigation entry) and a JAX-RS resource under
 * {@code t/{tenant}/console/...} that renders through {@link
 * cn.yangguang.web.console.ConsolePages}. Forms post back to the console with the session's token
 * in {@code _csrf} and answer with post/redirect/get; a refused input re-renders the form with 422
 * or 409 and the message next to its field.
 */
package cn.yangguang.web.console;
