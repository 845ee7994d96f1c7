/**
 * The kernel: what every bounded context and plugin builds on. Tenancy (the tenant registry,
 * manifests, the one tenant-transaction mechanism), time (the platform clock), file storage and the
 * operator audit. The kernel knows nothing of HTTP; the web module adapts it.
 */
package cn.yangguang.kernel;
