/**
 * Persistence of the tenancy model: JPA for the registry and departments, plain JDBC (on the same
 * JTA connection) for the set-based synchronization of a tenant's structure with its manifest.
 */
package cn.yangguang.kernel.tenancy.infrastructure;
