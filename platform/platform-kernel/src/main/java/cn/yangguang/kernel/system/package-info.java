/**
 * The only package allowed to use the {@code yg_system} role, which bypasses row-level security:
 * named jobs that span tenants, and the audited writes of shared rows (national and provincial code
 * lists, calendars, master catalogues). An architecture test keeps every other package away from
 * {@link cn.yangguang.kernel.system.SystemDatabase}.
 */
package cn.yangguang.kernel.system;
