/**
 * The operator audit: an append-only record of platform-level actions (onboarding, suspension,
 * shared rows, clock moves). The database grants the application INSERT and SELECT only. The
 * tamper-evident audit trail of tenant work (cases, requests, documents) is a kernel service of its
 * own.
 */
package cn.yangguang.kernel.audit;
