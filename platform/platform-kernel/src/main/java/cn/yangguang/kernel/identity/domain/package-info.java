/**
 * Who may act where: a county's staff members with their department, posts and role slugs, the
 * oversight grants of prefecture and province admins, and the platform operators. Keycloak says who
 * a person is and which counties' organizations she belongs to; these types say what she may do
 * there, and are read on every request so a revoked role or post takes effect at once.
 */
package cn.yangguang.kernel.identity.domain;
