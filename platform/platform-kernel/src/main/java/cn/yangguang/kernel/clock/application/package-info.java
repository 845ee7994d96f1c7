/**
 * The clock service: the one way contexts start and change statutory clocks. Every change is
 * recorded three times in the same tenant transaction: in the clock's history, in the audit trail,
 * and as an outbox event for supervision and the other listeners.
 */
package cn.yangguang.kernel.clock.application;
