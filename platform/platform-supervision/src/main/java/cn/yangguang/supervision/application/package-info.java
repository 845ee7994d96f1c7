/**
 * Supervision's services: detection of violations as casework's events arrive (and on a full scan),
 * the county's rule settings, supervision orders on reply clocks, cards, complaints, ratings,
 * performance and the monthly report, the figures oversight admins compare, and the seeding of risk
 * points and demo records. Each service opens (or joins) the county's transaction and records staff
 * actions in the audit trail and the outbox together with the change.
 */
package cn.yangguang.supervision.application;
