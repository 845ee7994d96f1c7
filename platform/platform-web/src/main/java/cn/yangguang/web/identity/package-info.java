/**
 * Identity over HTTP: browser sign-in and sign-out (OIDC code flow with PKCE against the realm),
 * the caller's own identity ({@code /api/v1/me}, {@code /t/{slug}/api/v1/staff/me}), the counties a
 * province or prefecture admin oversees, and the staff-management API of a county's admins.
 */
package cn.yangguang.web.identity;
