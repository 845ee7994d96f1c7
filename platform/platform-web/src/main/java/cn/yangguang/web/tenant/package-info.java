/**
 * Tenant resolution for HTTP. A request names its tenant by path ({@code /t/{slug}/...}) or host
 * name ({@code {slug}.localhost}, {@code {slug}.<domain>}); {@link
 * cn.yangguang.web.tenant.TenantHostFilter} turns the second form into the first, {@link
 * cn.yangguang.web.tenant.TenantResolutionFilter} resolves the slug once and sets the request's
 * {@link cn.yangguang.kernel.tenancy.application.TenantContext}, and resources that touch tenant
 * data are {@link cn.yangguang.web.tenant.TenantTransactional}: their method runs in the tenant's
 * transaction, committed before the response is written.
 */
package cn.yangguang.web.tenant;
