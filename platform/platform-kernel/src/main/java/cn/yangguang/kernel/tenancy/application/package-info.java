/**
 * Tenancy services. {@link cn.yangguang.kernel.tenancy.application.TenantTransactions} is the one
 * mechanism that binds work to a tenant: it opens the JTA transaction and makes {@code set_config(
 * 'app.tenant_id', ..., true)} its first statement. The request path, jobs and listeners all go
 * through it. {@link cn.yangguang.kernel.tenancy.application.TenantDirectory} resolves slugs and
 * host names; {@link cn.yangguang.kernel.tenancy.application.TenantOnboarding} applies manifests.
 */
package cn.yangguang.kernel.tenancy.application;
