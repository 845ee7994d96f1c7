/**
 * The tenant JSON API under {@code /t/{tenant}/api/v1/}: the county's structure, stored files and
 * code lists, plus the bare {@code /api/v1/ping} that benchmarks use as their baseline.
 */
package cn.yangguang.web.api;
