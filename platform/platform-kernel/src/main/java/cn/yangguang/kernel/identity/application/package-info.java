/**
 * Identity services: who the caller is ({@link cn.yangguang.kernel.identity.application.Caller},
 * from a verified access token or a browser session), what she may do in a county ({@link
 * cn.yangguang.kernel.identity.application.StaffAccess}) or above counties ({@link
 * cn.yangguang.kernel.identity.application.OversightAccess}), staff management for tenant admins,
 * provisioning of a county's organization at onboarding, and the demo accounts of the local stack.
 * Keycloak is reached only through the {@link
 * cn.yangguang.kernel.identity.application.IdentityProvider} port.
 */
package cn.yangguang.kernel.identity.application;
