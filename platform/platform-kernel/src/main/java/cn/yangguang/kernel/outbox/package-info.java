/**
 * The event outbox: domain events written in the transaction that makes the change, delivered
 * afterwards in commit order to listeners on every node, at least once. Consumers are idempotent by
 * event id.
 */
package cn.yangguang.kernel.outbox;
