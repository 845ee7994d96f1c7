/**
 * Casework services: intake through three doors ({@code CaseIntake}), staff actions ({@code
 * CaseHandling}), reads and the public lookup ({@code CaseQueries}), process bindings, the case's
 * clocks on the kernel's working-day calendar, the journal that writes history, audit, outbox and
 * notices together, and the watcher that applies the acceptance period. The only door to the
 * engine: each method runs in the county's tenant transaction.
 */
package cn.yangguang.casework.application;
