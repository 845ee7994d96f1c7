/**
 * The narrow door through which a bounded context reads and writes one province's shared rows
 * (tenant_id NULL, province_code set), such as a province's master catalogue. Contexts depend on
 * the {@link cn.yangguang.kernel.sharedrows.ProvinceRows} port only; its one implementation lives
 * with the other uses of the row-level-security-bypassing role in {@code kernel.system}, names the
 * province for the database guard, and writes the operator audit entry in the same transaction (ADR
 * 0026). Who may write (platform operators, that province's admins) is decided by the caller before
 * it calls.
 */
package cn.yangguang.kernel.sharedrows;
