/**
 * Tenant manifests: the document that describes one county (identity, division code and its
 * history, province and prefecture, departments with posts, townships with villages, service
 * points, plugins, branding). The same document is read from {@code tenants/{slug}/tenant.yaml} at
 * startup and accepted by the operator onboarding API. Parsing is strict and collects every problem
 * with its path before anything is applied, so an invalid manifest changes nothing.
 */
package cn.yangguang.kernel.tenancy.manifest;
