/**
 * Who a piece of work is for. A {@link cn.yangguang.api.tenant.TenantRef} names one county (tenant)
 * by its stable id and slug; the division code is an attribute that can change and is deliberately
 * not part of the identity. Code running for a tenant receives the reference explicitly; it is
 * never looked up from a static thread-local.
 */
package cn.yangguang.api.tenant;
