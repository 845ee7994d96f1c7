/**
 * What the plugin host knows about plugins: an installed plugin and its state (started, failed,
 * refused, with the reason), the API version a plugin requires and whether this platform satisfies
 * it, and a county's enablement of a plugin with the repository that keeps it (a tenant-owned row
 * under row-level security, read on every request so that a change is effective at once on every
 * node).
 */
package cn.yangguang.plugins.domain;
