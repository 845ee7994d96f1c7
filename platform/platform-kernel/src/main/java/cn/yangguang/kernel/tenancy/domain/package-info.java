/**
 * The tenancy model: a {@link cn.yangguang.kernel.tenancy.domain.Tenant} (a county) with its status
 * and division code, and its structure (departments with posts, townships with villages, service
 * points). Repository interfaces live here; their JPA and JDBC implementations live in the
 * infrastructure package.
 */
package cn.yangguang.kernel.tenancy.domain;
