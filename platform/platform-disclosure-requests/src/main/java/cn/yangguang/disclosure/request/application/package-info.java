/**
 * Services over the domain, each step in one tenant transaction with its clock change (kernel
 * {@code ClockService}), its audit entry and its outbox event: intake, handling, queries, the
 * period watcher, annual reports, ex-officio decisions, the demo seed and the startup bootstrap.
 */
package cn.yangguang.disclosure.request.application;
